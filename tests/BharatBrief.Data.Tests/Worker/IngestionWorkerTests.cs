using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Importing.Writing;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Worker;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BharatBrief.Data.Tests.Worker;

/// <summary>The ingestion worker on a real store: inbox files and a feed over real HTTP, through the store's importer.</summary>
public sealed class IngestionWorkerTests
{
    private const string SummitText = """
        Modi and Putin meet at Novo-Ogaryovo

        MOSCOW, 9 July 2024 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held the 22nd India-Russia annual summit at Novo-Ogaryovo in Moscow on 8-9 July 2024.

        Bilateral trade reached $65 billion last year, driven by Russian crude oil, officials said.
        """;

    private const string UnrelatedText = """
        Rain expected over the weekend

        Forecasters expect rain across the north of England on Saturday, with sunshine returning on Monday.
        """;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_file_dropped_in_the_inbox_is_ingested_once_and_again_only_when_it_changes(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var inbox = store.Temp.Folder("inbox");
        var runner = Runner(store, new IngestionWorkerOptions { InboxPath = inbox });

        await File.WriteAllTextAsync(Path.Combine(inbox, "summit.txt"), SummitText);
        var first = Single(await runner.RunOnceAsync());
        var second = Single(await runner.RunOnceAsync());
        await File.AppendAllTextAsync(Path.Combine(inbox, "summit.txt"), "\nBoth leaders agreed to meet again in New Delhi next year.\n");
        var changed = Single(await runner.RunOnceAsync());

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal((IngestionSourceKind.Inbox, Path.GetFullPath(inbox), 1, 1, 0, 0), (first.Kind, first.Source, first.Received, first.Ingested, first.Updated, first.Unchanged));
        Assert.Equal((1, 0, 0, 1, 0, 0), (second.Received, second.Ingested, second.Updated, second.Unchanged, second.Skipped, second.Failed));
        Assert.Equal((1, 0, 1, 0), (changed.Received, changed.Ingested, changed.Updated, changed.Unchanged));
        await using var db = await store.Contexts.CreateDbContextAsync();
        var article = Assert.Single(await db.VisibleArticles.ToListAsync());
        Assert.Equal("summit.txt", article.SourceName);
        Assert.Contains("New Delhi next year", article.Body, StringComparison.Ordinal);
        Assert.Equal(3, await db.IngestionRuns.CountAsync());
        var remembered = Assert.Single(await db.IngestionItems.ToListAsync());
        Assert.Equal(("inbox", "summit.txt"), (remembered.Source, remembered.Key));
    }

    [Fact]
    public async Task A_skipped_file_is_recorded_with_its_reason_once_and_then_counts_as_unchanged()
    {
        using var store = await TestStore.CreateAsync();
        var inbox = store.Temp.Folder("inbox");
        var runner = Runner(store, new IngestionWorkerOptions { InboxPath = inbox });
        await File.WriteAllTextAsync(Path.Combine(inbox, "summit.txt"), SummitText);
        await File.WriteAllTextAsync(Path.Combine(inbox, "weather.txt"), UnrelatedText);
        await File.WriteAllTextAsync(Path.Combine(inbox, "copy.md"), SummitText);

        var first = Single(await runner.RunOnceAsync());
        // Touched without a change: the hash decides, not the time of the last write.
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "weather.txt"), DateTime.UtcNow.AddMinutes(1));
        var second = Single(await runner.RunOnceAsync());

        Assert.Equal((3, 1, 2, 0), (first.Received, first.Ingested, first.Skipped, first.Failed));
        // Files are read in name order: copy.md first, so summit.txt is the copy.
        Assert.Equal(["summit.txt", "weather.txt"], first.Problems.Select(p => p.Item).Order());
        Assert.StartsWith("duplicate of ", first.Problems.Single(p => p.Item == "summit.txt").Reason, StringComparison.Ordinal);
        Assert.Equal(ArticlePreparer.NotAboutIndiaAndRussia, first.Problems.Single(p => p.Item == "weather.txt").Reason);
        Assert.Equal((3, 0, 3, 0), (second.Received, second.Ingested, second.Unchanged, second.Skipped));
        Assert.Empty(second.Problems);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_feed_over_http_is_ingested_once_and_polling_again_ingests_nothing_new(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        await using var feed = await FeedServer.StartAsync();
        var published = new DateTimeOffset(2024, 7, 10, 6, 0, 0, TimeSpan.Zero);
        var summit = new AtomFeeds.Entry("urn:news:1", "Modi and Putin meet at Novo-Ogaryovo", "https://news.example/modi-putin", published,
            AtomFeeds.Html(
                "MOSCOW, 9 July 2024 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held the 22nd India-Russia annual summit at Novo-Ogaryovo in Moscow on 8-9 July 2024.",
                "Bilateral trade reached $65 billion last year, driven by Russian crude oil & gas, officials said."));
        var weather = new AtomFeeds.Entry("urn:news:2", "Rain expected", "https://news.example/rain", published, AtomFeeds.Html("Rain is expected across England on Saturday."));
        feed.Body = AtomFeeds.Of("The Example Courier", summit, weather);
        var runner = Runner(store, new IngestionWorkerOptions { Feeds = [new() { Url = feed.Address }] });

        var first = Single(await runner.RunOnceAsync());
        var again = Single(await runner.RunOnceAsync());
        feed.Body = AtomFeeds.Of("The Example Courier", summit with { Html = summit.Html + "<p>Both leaders agreed to meet again in New Delhi.</p>" }, weather);
        var changed = Single(await runner.RunOnceAsync());

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal((IngestionSourceKind.Feed, feed.Address, 2, 1, 1), (first.Kind, first.Source, first.Received, first.Ingested, first.Skipped));
        Assert.Equal(ArticlePreparer.NotAboutIndiaAndRussia, Assert.Single(first.Problems).Reason);
        Assert.Equal((2, 0, 0, 2, 0), (again.Received, again.Ingested, again.Updated, again.Unchanged, again.Skipped));
        Assert.Equal((2, 0, 1, 1), (changed.Received, changed.Ingested, changed.Updated, changed.Unchanged));
        Assert.Equal(3, feed.Requests);
        await using var db = await store.Contexts.CreateDbContextAsync();
        var article = Assert.Single(await db.VisibleArticles.ToListAsync());
        Assert.Equal("Modi and Putin meet at Novo-Ogaryovo", article.Title);
        Assert.Equal(("The Example Courier", "Staff reporter", "https://news.example/modi-putin"), (article.Outlet, article.Author, article.Url));
        Assert.Equal("2024-07-10", article.PublishedOn);
        Assert.StartsWith("feed/127.0.0.1/", article.SourceName, StringComparison.Ordinal);
        Assert.Contains("crude oil & gas", article.Body, StringComparison.Ordinal);
        Assert.Contains("New Delhi", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("track()", article.Body, StringComparison.Ordinal);
        Assert.Equal(1, await db.Summits.CountAsync());
    }

    [Fact]
    public async Task A_failing_feed_is_recorded_with_its_error_and_retried_later_each_time()
    {
        using var store = await TestStore.CreateAsync();
        await using var feed = await FeedServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var options = new IngestionWorkerOptions
        {
            Feeds = [new() { Url = feed.Address }],
            RetryInitialDelay = TimeSpan.FromMinutes(1),
            RetryMaxDelay = TimeSpan.FromMinutes(3),
        };
        var runner = Runner(store, options, time);

        feed.Status = 500;
        var serverError = Single(await runner.RunOnceAsync());
        var tooSoon = await runner.RunOnceAsync();
        time.Advance(TimeSpan.FromMinutes(1));
        feed.Status = 200;
        feed.Body = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>cut off";
        var malformed = Single(await runner.RunOnceAsync());
        time.Advance(TimeSpan.FromMinutes(1));
        var waitsTwice = await runner.RunOnceAsync();
        time.Advance(TimeSpan.FromMinutes(1));
        feed.Body = "<html><body>Not a feed</body></html>";
        var notAFeed = Single(await runner.RunOnceAsync());
        time.Advance(TimeSpan.FromMinutes(3));
        feed.Body = AtomFeeds.Of("The Example Courier", new AtomFeeds.Entry("urn:news:1", "Modi and Putin meet", "https://news.example/1",
            time.GetUtcNow(), AtomFeeds.Html(SummitText.Split("\n\n")[1..])));
        var recovered = Single(await runner.RunOnceAsync());

        Assert.False(serverError.Succeeded);
        Assert.Equal("the feed answered 500 Internal Server Error", serverError.Error);
        Assert.Empty(tooSoon.Runs);
        Assert.Equal(feed.Address, Assert.Single(tooSoon.Waiting).Source);
        Assert.False(malformed.Succeeded);
        Assert.StartsWith("not an Atom or RSS feed", malformed.Error, StringComparison.Ordinal);
        Assert.Empty(waitsTwice.Runs);
        Assert.Equal(serverError.FinishedAt.AddMinutes(1 + 2), Assert.Single(waitsTwice.Waiting).RetryAt);
        Assert.False(notAFeed.Succeeded);
        Assert.True(recovered.Succeeded, recovered.Error);
        Assert.Equal(1, recovered.Ingested);
        Assert.Equal(4, feed.Requests);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal([false, false, false, true], await db.IngestionRuns.OrderBy(run => run.Id).Select(run => run.Succeeded).ToListAsync());
    }

    [Fact]
    public void Backoff_doubles_from_the_first_delay_and_stops_at_the_longest()
    {
        var initial = TimeSpan.FromMinutes(1);
        var max = TimeSpan.FromHours(1);

        Assert.Equal(
            [TimeSpan.Zero, initial, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(32), max, max],
            new[] { 0, 1, 2, 3, 6, 7, 1000 }.Select(failures => IngestionRunner.Backoff(failures, initial, max)));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task While_one_worker_holds_the_lock_another_reads_nothing(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var inbox = store.Temp.Folder("inbox");
        await File.WriteAllTextAsync(Path.Combine(inbox, "summit.txt"), SummitText);
        var location = new StoreLocation(store.Provider, store.ConnectionString);
        var runner = Runner(store, new IngestionWorkerOptions { InboxPath = inbox });

        IngestionPass blocked;
        await using (var held = await ConsolidationLock.For(location).TryAcquireAsync(default))
        {
            Assert.NotNull(held);
            Assert.Null(await ConsolidationLock.For(location).TryAcquireAsync(default));
            blocked = await runner.RunOnceAsync();
        }
        var after = await runner.RunOnceAsync();

        Assert.False(blocked.LockHeld);
        Assert.Empty(blocked.Runs);
        Assert.True(after.LockHeld);
        Assert.Equal(1, Single(after).Ingested);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.IngestionRuns.CountAsync());
    }

    [Fact]
    public async Task Two_workers_started_together_ingest_each_article_once()
    {
        using var store = await TestStore.CreateAsync();
        var inbox = store.Temp.Folder("inbox");
        await File.WriteAllTextAsync(Path.Combine(inbox, "summit.txt"), SummitText);
        var options = new IngestionWorkerOptions { InboxPath = inbox };

        var passes = await Task.WhenAll(Task.Run(() => Runner(store, options).RunOnceAsync()), Task.Run(() => Runner(store, options).RunOnceAsync()));

        Assert.Equal(1, passes.SelectMany(pass => pass.Runs).Sum(run => run.Ingested));
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Pruning_a_folder_leaves_the_feeds_articles()
    {
        using var store = await TestStore.CreateAsync();
        await using var feed = await FeedServer.StartAsync();
        feed.Body = AtomFeeds.Of("The Example Courier", new AtomFeeds.Entry("urn:news:1", "Modi and Putin meet", "https://news.example/1",
            DateTimeOffset.UtcNow, AtomFeeds.Html(SummitText.Split("\n\n")[1..])));
        Assert.Equal(1, Single(await Runner(store, new IngestionWorkerOptions { Feeds = [new() { Url = feed.Address }] }).RunOnceAsync()).Ingested);

        var gone = await store.Importer().PruneAsync(store.Temp.Folder("empty"), apply: true);

        Assert.Empty(gone);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Theory]
    [InlineData("<p>Modi &amp; Putin</p><script>x()</script><p>met<br/>in   Moscow</p>", "Modi & Putin\n\nmet\nin Moscow")]
    [InlineData("<div><h2>Talks</h2><ul><li>oil</li><li>arms</li></ul></div><!-- <p>hidden</p> -->", "Talks\n\noil\n\narms")]
    public void Html_of_an_entry_becomes_paragraphs_of_text(string html, string text) => Assert.Equal(text, HtmlText.ToPlainText(html));

    [Fact]
    public void Settings_it_cannot_use_are_named_without_echoing_a_secret()
    {
        var problems = new IngestionWorkerOptions { Feeds = [new() { Url = "ftp://user:hunter2@example.org/feed" }], Interval = TimeSpan.Zero }.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, problem => problem.Contains("Interval", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("Feeds:0:Url must be an absolute http or https address", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, problem => problem.Contains("hunter2", StringComparison.Ordinal));
        Assert.Equal("https://example.org/feed?… #" + FeedSource.ShortHash("?key=hunter2"), FeedSource.Redact("https://user:pw@example.org/feed?key=hunter2"));
    }

    private static IngestionRun Single(IngestionPass pass)
    {
        Assert.True(pass.LockHeld);
        return Assert.Single(pass.Runs);
    }

    private static IngestionRunner Runner(TestStore store, IngestionWorkerOptions options, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new IngestionRunner(
            store.Contexts,
            new ArticleImporter(store.Contexts, new ImportOptions(), time, store.Log),
            http,
            options,
            ConsolidationLock.For(new StoreLocation(store.Provider, store.ConnectionString)),
            time,
            NullLogger<IngestionRunner>.Instance);
    }
}
