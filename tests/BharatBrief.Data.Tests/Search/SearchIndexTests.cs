using BharatBrief.Data.Search;
using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Search;

/// <summary>The FTS5 index follows the Articles table, and search reads it.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public async Task The_full_text_index_follows_inserts_updates_and_deletes()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "reactors.txt", NewsArticles.KudankulamReactors);
        NewsArticles.Write(folder, "trade.txt", NewsArticles.RupeeTrade);
        await store.Importer().IngestFolderAsync(folder);
        Assert.Equal((1, 0, 1), await MatchesAsync(store));
        await StoreAssert.IndexInStepAsync(store);

        NewsArticles.Write(folder, "reactors.txt", NewsArticles.KovvadaReactors);
        await store.Importer().IngestFolderAsync(folder);
        Assert.Equal((0, 1, 1), await MatchesAsync(store));
        await StoreAssert.IndexInStepAsync(store);

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            await db.Articles.Where(article => article.SourceName == "reactors.txt").ExecuteDeleteAsync();
        }
        Assert.Equal((0, 0, 1), await MatchesAsync(store));
        await StoreAssert.IndexInStepAsync(store);
    }

    [Fact]
    public async Task Search_ranks_title_matches_first_and_marks_the_matched_words()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "a.txt", NewsArticles.RupeeTrade);
        NewsArticles.Write(folder, "b.txt", NewsArticles.KudankulamReactors);
        NewsArticles.Write(folder, "c.txt", NewsArticles.S400Deal);
        await store.Importer().IngestFolderAsync(folder);
        var search = new ArticleSearch(store.Contexts);

        var hits = await search.SearchAsync("reactor");
        var prefixHits = await search.SearchAsync("reac");
        var twoWords = await search.SearchAsync("rupees roubles");

        Assert.Equal(["russia-build-two-more-reactors-kudankulam", "india-russia-settle-more-trade-rupees"], hits.Select(hit => hit.Slug));
        Assert.Contains($"{ArticleSearch.MarkStart}reactors{ArticleSearch.MarkEnd}", hits[1].Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(hits.Select(hit => hit.Slug), prefixHits.Select(hit => hit.Slug));
        Assert.Equal(["india-russia-settle-more-trade-rupees"], twoWords.Select(hit => hit.Slug));
        Assert.Equal(["india-russia-sign-s-400-deal-putin-visits"], (await search.SearchAsync("S-400")).Select(hit => hit.Slug));
        Assert.Empty(await search.SearchAsync("\"*)( -:"));
        Assert.Empty(await search.SearchAsync("Kovvada"));
    }

    /// <summary>How many articles the index finds for Kudankulam, Kovvada and rupees.</summary>
    private static async Task<(long Kudankulam, long Kovvada, long Rupees)> MatchesAsync(TestStore store) => (
        await StoreAssert.MatchesAsync(store, "Kudankulam"),
        await StoreAssert.MatchesAsync(store, "Kovvada"),
        await StoreAssert.MatchesAsync(store, "rupees"));
}
