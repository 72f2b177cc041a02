using BharatBrief.Data.Export;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Search;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion;

namespace BharatBrief.Data.Tests.Importing;

/// <summary>
/// Readers see an article only once a consolidation that includes it has committed. A run that dies before its
/// consolidation leaves its committed batches pending: in the store, but not in pages, search or the export; a changed
/// article keeps its earlier version. The next consolidation, a run's or an editor's, publishes what was left.
/// The run dies here by a consolidation that throws, at the last step, after every batch it could commit.
/// </summary>
public sealed class ReaderConsistencyTests
{
    /// <summary>Options of a run that dies at its consolidation.</summary>
    private static ImportOptions Dying(int batchSize) => new()
    {
        BatchSize = batchSize,
        Consolidate = (_, _) => throw new InvalidOperationException("the run dies here"),
    };

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Batches_committed_by_a_run_that_died_stay_hidden_until_the_next_run_publishes_them(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.WriteAnnualSummits(store.Temp.Folder("articles"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Importer(Dying(3)).IngestFolderAsync(folder));

        // Three batches of three were committed; the tenth article went with the consolidation.
        Assert.Equal((9, 9), (await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" """), await store.ScalarAsync("""SELECT COUNT(*) FROM "PendingArticles" """)));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NOT NULL"""));
        Assert.Equal(ExportJson.Serialize(await EmptyExportAsync()), await ExportAsync(store));
        Assert.Empty(await new ArticleSearch(store.Contexts).SearchAsync("summit"));
        Assert.Empty((await new SearchCatalog(store.Contexts).GetAsync()).Articles);
        await StoreAssert.NoOrphansAsync(store);

        var resumed = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal((1, 9), (resumed.Ingested, resumed.Unchanged));
        Assert.Contains(store.Log.Events, e => e.Message.StartsWith("9 articles stored by an earlier run are not consolidated yet", StringComparison.Ordinal));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "PendingArticles" """));
        Assert.Equal(await UninterruptedExportAsync(folder), await ExportAsync(store));
        Assert.Equal(10, (await new SearchCatalog(store.Contexts).GetAsync()).Articles.Count);
        await StoreAssert.ArticlesWholeAsync(store, folder);
        await StoreAssert.NoOrphansAsync(store);
    }

    [Fact]
    public async Task A_changed_article_keeps_its_earlier_version_and_summits_when_the_run_dies()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        NewsArticles.WriteAnnualSummits(folder, 3, 7);
        await store.Importer().IngestFolderAsync(folder);
        var before = await ExportAsync(store);
        var dump = await store.DumpAsync();
        var earlier = await store.ColumnAsync("""SELECT "ContentHash" FROM "Articles" WHERE "SourceName" = 'a05.txt'""");
        var earlierFolder = CopyOf(folder, store.Temp.Folder("earlier"));
        // New articles before the changed one (a batch of them commits pending) and after it (held with it).
        NewsArticles.WriteAnnualSummits(folder, 1, 2);
        NewsArticles.Write(folder, NewsArticles.AnnualSummitFile(5), NewsArticles.KovvadaReactors);
        NewsArticles.WriteAnnualSummits(folder, 8, 10);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Importer(Dying(2)).IngestFolderAsync(folder));

        Assert.Equal(before, await ExportAsync(store));
        Assert.Equal(earlier, await store.ColumnAsync("""SELECT "ContentHash" FROM "Articles" WHERE "SourceName" = 'a05.txt'"""));
        Assert.Equal(["a01.txt", "a02.txt"], await store.ColumnAsync(
            """SELECT a."SourceName" FROM "PendingArticles" p JOIN "Articles" a ON a."Id" = p."ArticleId" ORDER BY 1"""));
        Assert.Equal(0, await StoreAssert.MatchesAsync(store, "Kovvada"));
        await StoreAssert.NoOrphansAsync(store);
        // Apart from the two pending articles, not a row changed.
        using (var copy = await store.CopyAsync())
        {
            await copy.ScalarAsync("""DELETE FROM "Articles" WHERE "Id" IN (SELECT "ArticleId" FROM "PendingArticles")""");
            Assert.Equal(dump, await copy.DumpAsync());
        }

        await store.Importer().IngestFolderAsync(folder);

        Assert.Equal(await UninterruptedExportAsync(earlierFolder, folder), await ExportAsync(store));
        await StoreAssert.NoOrphansAsync(store);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task An_editors_article_publishes_the_articles_a_dead_run_left_pending(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.WriteAnnualSummits(store.Temp.Folder("articles"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Importer(Dying(3)).IngestFolderAsync(folder));

        var outcome = await store.Importer().IngestOneAsync(ArticleSource.FromFile("brief.txt", NewsArticles.MoscowSummit));

        Assert.Equal(IngestAction.Ingested, outcome.Action);
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "PendingArticles" """));
        Assert.Equal(10, (await store.Exporter().BuildAsync()).Articles.Count);
        Assert.Equal(0, await store.ScalarAsync("""
            SELECT COUNT(*) FROM "Articles" a
            WHERE NOT EXISTS (SELECT 1 FROM "SummitMentions" m WHERE m."ArticleId" = a."Id" AND m."SummitId" IS NOT NULL)
            """));
        await StoreAssert.NoOrphansAsync(store);
    }

    /// <summary>The export readers would get, without the moment it was made.</summary>
    private static async Task<string> ExportAsync(TestStore store) =>
        ExportJson.Serialize(await store.Exporter().BuildAsync() with { GeneratedAt = "" });

    private static async Task<ExportDocument> EmptyExportAsync()
    {
        using var empty = await TestStore.CreateAsync();
        return await empty.Exporter().BuildAsync() with { GeneratedAt = "" };
    }

    /// <summary>The export after ingesting each folder in turn into a fresh store, every run complete.</summary>
    private static async Task<string> UninterruptedExportAsync(params string[] folders)
    {
        using var fresh = await TestStore.CreateAsync();
        foreach (var folder in folders)
        {
            await fresh.Importer().IngestFolderAsync(folder);
        }
        return await ExportAsync(fresh);
    }

    private static string CopyOf(string folder, string copy)
    {
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }
}
