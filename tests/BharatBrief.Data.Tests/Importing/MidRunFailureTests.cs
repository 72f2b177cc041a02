using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Tests.Importing;

/// <summary>
/// A failure in the middle of a run leaves every earlier article committed and nothing half-written. The failures are
/// SQLite's own: a trigger that rejects one article's rows, a store error, another program holding the write lock.
/// </summary>
public sealed class MidRunFailureTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task An_article_the_store_rejects_is_rolled_back_alone_and_the_run_goes_on(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.WriteAnnualSummits(store.Temp.Folder("articles"), 1, 5);
        // The third article's figure is its last row to go in: its article row, themes and mentions are written by then.
        await RejectFiguresOfAsync(store, NewsArticles.AnnualSummitTitle(3), Rejection.Constraint);

        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal(4, report.Ingested);
        Assert.Equal("a03.txt", report.Skipped.Single().File);
        Assert.Equal($"could not be stored ({RejectedMessage(provider)})", report.Skipped.Single().Reason);
        Assert.Contains(store.Log.Events, e => e.Level == LogLevel.Error && e.Message.Contains("a03.txt", StringComparison.Ordinal));
        Assert.Equal([.. Files(1, 2), .. Files(4, 5)], await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        await StoreAssert.ArticlesWholeAsync(store, folder);
        await StoreAssert.NoOrphansAsync(store);
        await AssertNothingOfThirdAsync(store);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_changed_article_the_store_rejects_keeps_its_earlier_version(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        // Summits 15 and 16: neither names Kudankulam.
        var folder = NewsArticles.WriteAnnualSummits(store.Temp.Folder("articles"), 2, 3);
        NewsArticles.Write(folder, "reactors.txt", NewsArticles.KudankulamReactors);
        await store.Importer().IngestFolderAsync(folder);
        var before = await store.DumpAsync();
        await RejectFiguresOfAsync(store, "Russia offers reactors for a new site at Kovvada", Rejection.Constraint);

        NewsArticles.Write(folder, "reactors.txt", NewsArticles.KovvadaReactors);
        var rejected = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal((0, 2), (rejected.Updated, rejected.Unchanged));
        Assert.Equal(("reactors.txt", $"could not be stored ({RejectedMessage(provider)})"), (rejected.Skipped.Single().File, rejected.Skipped.Single().Reason));
        Assert.Equal(before, await store.DumpAsync());
        Assert.Equal((1, 0), (await StoreAssert.MatchesAsync(store, "Kudankulam"), await StoreAssert.MatchesAsync(store, "Kovvada")));
        await StoreAssert.NoOrphansAsync(store);

        // Nothing marks the article as stored: once the store takes it, the next run updates it.
        await store.ScalarAsync(store.Provider == StoreProvider.PostgreSql ? """DROP TRIGGER "RejectFigures" ON "Figures" """ : """DROP TRIGGER "RejectFigures" """);
        var accepted = await store.Importer().IngestFolderAsync(folder);
        Assert.Equal(1, accepted.Updated);
        Assert.Equal((0, 1), (await StoreAssert.MatchesAsync(store, "Kudankulam"), await StoreAssert.MatchesAsync(store, "Kovvada")));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_store_error_in_the_middle_of_a_batch_stops_the_run_and_keeps_the_articles_before(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.WriteAnnualSummits(store.Temp.Folder("articles"), 1, 5);
        // Not a constraint: an error the importer cannot blame on the article, so the run stops there.
        await RejectFiguresOfAsync(store, NewsArticles.AnnualSummitTitle(3), Rejection.StoreFailure);

        var aborted = await Assert.ThrowsAsync<IngestAbortedException>(() => store.Importer().IngestFolderAsync(folder));

        Assert.Equal(2, aborted.Committed);
        Assert.Contains(provider == StoreProvider.PostgreSql ? "the store failed (test)" : "malformed JSON", aborted.Message, StringComparison.Ordinal);
        Assert.Equal(Files(1, 2), await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        await StoreAssert.ArticlesWholeAsync(store, folder);
        await AssertNothingOfThirdAsync(store);

        // The next run, with the store sound again, picks up where this one stopped.
        await store.ScalarAsync(store.Provider == StoreProvider.PostgreSql ? """DROP TRIGGER "RejectFigures" ON "Figures" """ : """DROP TRIGGER "RejectFigures" """);
        var resumed = await store.Importer().IngestFolderAsync(folder);
        Assert.Equal((3, 2), (resumed.Ingested, resumed.Unchanged));
        await StoreAssert.ArticlesWholeAsync(store, folder);
        await StoreAssert.NoOrphansAsync(store);
    }

    [Fact]
    public async Task A_store_that_stops_taking_writes_keeps_the_committed_batches_whole()
    {
        using var store = await TestStore.CreateAsync(busyTimeoutSeconds: 1);
        var folder = NewsArticles.WriteAnnualSummits(store.Temp.Folder("articles"));
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
            store.Importer(new ImportOptions { BatchSize = 3 }).IngestFolderAsync(folder, progress));
        using (var release = otherProgram.CreateCommand())
        {
            release.CommandText = "ROLLBACK";
            release.ExecuteNonQuery();
        }

        Assert.Equal(6, aborted.Committed);
        Assert.Contains("locked", aborted.Message, StringComparison.Ordinal);
        Assert.Equal(Files(1, 6), await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        await StoreAssert.ArticlesWholeAsync(store, folder);
        // The lock kept the consolidation out too: the six stay pending, and readers see none of them until one runs.
        Assert.Equal(6, await store.ScalarAsync("""SELECT COUNT(*) FROM "PendingArticles" """));
        Assert.Empty((await store.Exporter().BuildAsync()).Articles);
        var resumed = await store.Importer().IngestFolderAsync(folder);
        Assert.Equal((4, 6), (resumed.Ingested, resumed.Unchanged));
        Assert.Equal(10, (await store.Exporter().BuildAsync()).Articles.Count);
        await StoreAssert.NoOrphansAsync(store);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Cancelling_keeps_the_articles_stored_before(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.WriteAnnualSummits(store.Temp.Folder("articles"));
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<IngestProgress>(p =>
        {
            if (p.Processed == 4)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Importer().IngestFolderAsync(folder, progress, cancel.Token));

        Assert.Equal(Files(1, 4), await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "PendingArticles" """));
        await StoreAssert.ArticlesWholeAsync(store, folder);
        // What was committed is consolidated too: readers see the four articles' summits, as after a run of just those four.
        using (var four = await TestStore.CreateAsync(provider))
        {
            var firstFour = four.Temp.Folder("four");
            foreach (var name in Files(1, 4))
            {
                File.Copy(Path.Combine(folder, name), Path.Combine(firstFour, name));
            }
            await four.Importer().IngestFolderAsync(firstFour);
            Assert.NotEqual(0, await four.ScalarAsync("""SELECT COUNT(*) FROM "Summits" """));
            Assert.Equal(await four.ScalarAsync("""SELECT COUNT(*) FROM "Summits" """), await store.ScalarAsync("""SELECT COUNT(*) FROM "Summits" """));
            Assert.Equal(await four.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NULL"""),
                await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NULL"""));
        }

        // The next run picks up where this one stopped.
        var resumed = await store.Importer().IngestFolderAsync(folder);
        Assert.Equal((6, 4), (resumed.Ingested, resumed.Unchanged));
        await StoreAssert.ArticlesWholeAsync(store, folder);
        await StoreAssert.NoOrphansAsync(store);
    }

    private static string[] Files(int first, int last) => [.. Enumerable.Range(first, last - first + 1).Select(NewsArticles.AnnualSummitFile)];

    /// <summary>A trigger that runs <paramref name="action"/> when a figure of the article titled <paramref name="title"/> is written.</summary>
    private enum Rejection
    {
        /// <summary>A constraint the article's values break: the importer rolls back the article alone.</summary>
        Constraint,

        /// <summary>An error the importer cannot blame on the article: the run stops.</summary>
        StoreFailure,
    }

    private static string RejectedMessage(StoreProvider provider) =>
        provider == StoreProvider.PostgreSql ? "23514: rejected by the test" : "SQLite Error 19: 'rejected by the test'.";

    private static Task RejectFiguresOfAsync(TestStore store, string title, Rejection rejection)
    {
        if (store.Provider == StoreProvider.PostgreSql)
        {
            // 23514 (check_violation) is a constraint; 42501 (insufficient_privilege) is the store refusing writes, which
            // the importer cannot blame on the article (class 53 or 58 would break the connection itself, and the open batch with it).
            var raise = rejection == Rejection.Constraint
                ? "RAISE EXCEPTION 'rejected by the test' USING ERRCODE = '23514'"
                : "RAISE EXCEPTION 'the store failed (test)' USING ERRCODE = '42501'";
            return store.ScalarAsync($"""
                CREATE FUNCTION "RejectFigures"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF (SELECT "Title" FROM "Articles" WHERE "Id" = NEW."ArticleId") = '{title}' THEN {raise}; END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER "RejectFigures" AFTER INSERT ON "Figures" FOR EACH ROW EXECUTE FUNCTION "RejectFigures"();
                """);
        }
        var action = rejection == Rejection.Constraint ? "RAISE(ABORT, 'rejected by the test')" : "json('{')";
        return store.ScalarAsync($"""
            CREATE TRIGGER "RejectFigures" AFTER INSERT ON "Figures"
            WHEN (SELECT "Title" FROM "Articles" WHERE "Id" = NEW."ArticleId") = '{title}'
            BEGIN SELECT {action}; END;
            """);
    }

    /// <summary>No row, fact, summit or index entry of the third annual summit article (the 16th summit, Moscow 2015).</summary>
    private static async Task AssertNothingOfThirdAsync(TestStore store)
    {
        Assert.Equal(0, await store.ScalarAsync($"""SELECT COUNT(*) FROM "Articles" WHERE "Title" = '{NewsArticles.AnnualSummitTitle(3)}' OR "SourceName" = 'a03.txt'"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "Ordinal" = 16 OR "DateStart" = '2015-12-24'"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "AgreementMentions" WHERE "Name" LIKE '%Ka-226%'"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Figures" WHERE "Value" = '7.8 billion USD'"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Summits" WHERE "Ordinal" = 16"""));
        Assert.Equal(0, await StoreAssert.MatchesAsync(store, "16th"));
        Assert.Equal(0, await StoreAssert.MatchesAsync(store, "Kamov"));
        await StoreAssert.NoOrphansAsync(store);
    }
}
