using BharatBrief.Data.Importing;
using BharatBrief.Data.Search;
using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Search;

public sealed class SearchIndexTests
{
    private static readonly ImportOptions Scripted = ScriptedImport.Options();

    [Fact]
    public async Task The_full_text_index_follows_inserts_updates_and_deletes()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", "India and Russia discuss zephyrine reactors", "India and Russia agreed on zephyrine fuel.");
        ScriptedFolder.Write(folder, "b.txt", "India and Russia discuss trade", "India and Russia want more trade.");
        await store.Importer(Scripted).IngestFolderAsync(folder);
        Assert.Equal(1, await MatchesAsync(store, "zephyrine"));
        await AssertIndexInStepAsync(store);

        ScriptedFolder.Write(folder, "a.txt", "India and Russia discuss quixotic reactors", "India and Russia agreed on quixotic fuel.");
        await store.Importer(Scripted).IngestFolderAsync(folder);
        Assert.Equal(0, await MatchesAsync(store, "zephyrine"));
        Assert.Equal(1, await MatchesAsync(store, "quixotic"));
        await AssertIndexInStepAsync(store);

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            await db.Articles.Where(article => article.SourceName == "a.txt").ExecuteDeleteAsync();
        }
        Assert.Equal(0, await MatchesAsync(store, "quixotic"));
        Assert.Equal(1, await MatchesAsync(store, "trade"));
        await AssertIndexInStepAsync(store);
    }

    [Fact]
    public async Task Search_ranks_title_matches_first_and_marks_the_matched_words()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", "India and Russia talk trade", "India and Russia mention reactors once.");
        ScriptedFolder.Write(folder, "b.txt", "Reactors for India and Russia", "India and Russia build reactors.");
        await store.Importer(Scripted).IngestFolderAsync(folder);

        var hits = await new ArticleSearch(store.Contexts).SearchAsync("reactor");
        var prefixHits = await new ArticleSearch(store.Contexts).SearchAsync("reac");

        Assert.Equal(["reactors-india-russia", "india-russia-talk-trade"], hits.Select(hit => hit.Slug));
        Assert.Contains($"{ArticleSearch.MarkStart}reactors{ArticleSearch.MarkEnd}", hits[1].Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, prefixHits.Count);
        Assert.Empty(await new ArticleSearch(store.Contexts).SearchAsync("\"*)( -:"));
    }

    /// <summary>The index holds one entry per article and agrees with the Articles table (FTS5's own check).</summary>
    internal static async Task AssertIndexInStepAsync(TestStore store)
    {
        Assert.Equal(await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" """), await store.ScalarAsync("""SELECT COUNT(*) FROM "ArticlesFts_docsize" """));
        await store.ScalarAsync("""INSERT INTO "ArticlesFts"("ArticlesFts", rank) VALUES ('integrity-check', 1)""");
        // The importer's deferral of indexing never outlives its transaction.
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "ArticlesFtsDeferred" """));
    }

    private static Task<long> MatchesAsync(TestStore store, string word) =>
        store.ScalarAsync($"""SELECT COUNT(*) FROM "ArticlesFts" WHERE "ArticlesFts" MATCH '{word}'""");
}
