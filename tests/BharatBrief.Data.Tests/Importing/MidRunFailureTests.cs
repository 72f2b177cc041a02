using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Importing;

/// <summary>A failure in the middle of a run leaves every earlier article committed and nothing half-written.</summary>
public sealed class MidRunFailureTests
{
    [Fact]
    public async Task A_store_that_stops_taking_writes_keeps_the_committed_batches_whole()
    {
        using var store = await TestStore.CreateAsync(busyTimeoutSeconds: 1);
        var folder = WriteArticles(store, 10);
        await using var otherProgram = await store.OpenConnectionAsync();
        var progress = new SyncProgress<IngestProgress>(p =>
        {
            if (p.Processed == 6)
            {
                // Another program takes the write lock for good, right after the second batch was committed.
                using var command = otherProgram.CreateCommand();
                command.CommandText = "BEGIN EXCLUSIVE";
                command.ExecuteNonQuery();
            }
        });

        var aborted = await Assert.ThrowsAsync<IngestAbortedException>(() =>
            store.Importer(ScriptedImport.Options(batchSize: 3)).IngestFolderAsync(folder, progress));
        using (var release = otherProgram.CreateCommand())
        {
            release.CommandText = "ROLLBACK";
            release.ExecuteNonQuery();
        }

        Assert.Equal(6, aborted.Committed);
        Assert.Contains("locked", aborted.Message, StringComparison.Ordinal);
        Assert.Equal(Names(1, 6), await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        await AssertArticlesWholeAsync(store, 6);
    }

    [Fact]
    public async Task An_article_the_store_rejects_is_rolled_back_alone_and_the_run_goes_on()
    {
        using var store = await TestStore.CreateAsync();
        var folder = WriteArticles(store, 5);
        // Rejects the third article after its row went in, as a constraint would: the row must not stay.
        await store.ScalarAsync("""
            CREATE TRIGGER "RejectThird" AFTER INSERT ON "Figures"
            WHEN (SELECT "SourceName" FROM "Articles" WHERE "Id" = NEW."ArticleId") = 'a03.txt'
            BEGIN SELECT RAISE(ABORT, 'rejected by the test'); END;
            """);

        var report = await store.Importer(ScriptedImport.Options(batchSize: 2)).IngestFolderAsync(folder);

        Assert.Equal(4, report.Ingested);
        Assert.Equal("a03.txt", report.Skipped.Single().File);
        Assert.Equal("could not be stored (SQLite Error 19: 'rejected by the test'.)", report.Skipped.Single().Reason);
        Assert.Equal([.. Names(1, 2), .. Names(4, 5)], await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        await AssertArticlesWholeAsync(store, 4);
        await ChangedArticleTests.AssertNoOrphansAsync(store);
    }

    [Fact]
    public async Task Cancelling_keeps_the_articles_stored_before()
    {
        using var store = await TestStore.CreateAsync();
        var folder = WriteArticles(store, 10);
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<IngestProgress>(p =>
        {
            if (p.Processed == 4)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.Importer(ScriptedImport.Options(batchSize: 100)).IngestFolderAsync(folder, progress, cancel.Token));

        Assert.Equal(Names(1, 4), await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        await AssertArticlesWholeAsync(store, 4);

        // The next run picks up where this one stopped.
        var resumed = await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);
        Assert.Equal((6, 4), (resumed.Ingested, resumed.Unchanged));
        await ChangedArticleTests.AssertNoOrphansAsync(store);
    }

    private static string WriteArticles(TestStore store, int count)
    {
        var folder = store.Temp.Folder("articles");
        for (var i = 1; i <= count; i++)
        {
            ScriptedFolder.Write(folder, $"a{i:00}.txt", ScriptedFolder.Article($"India and Russia, part {i}", date: $"20{10 + i}-05"));
        }
        return folder;
    }

    private static string[] Names(int first, int last) => [.. Enumerable.Range(first, last - first + 1).Select(i => $"a{i:00}.txt")];

    /// <summary>Every stored article has all its rows (one summit, agreement, figure, two themes) and its index entry.</summary>
    private static async Task AssertArticlesWholeAsync(TestStore store, int articles)
    {
        Assert.Equal(articles, await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" """));
        Assert.Equal(articles, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" """));
        Assert.Equal(articles, await store.ScalarAsync("""SELECT COUNT(*) FROM "AgreementMentions" """));
        Assert.Equal(articles, await store.ScalarAsync("""SELECT COUNT(*) FROM "Figures" """));
        Assert.Equal(2 * articles, await store.ScalarAsync("""SELECT COUNT(*) FROM "ArticleThemes" """));
        await Search.SearchIndexTests.AssertIndexInStepAsync(store);
    }
}
