using System.Diagnostics;
using System.Net;
using BharatBrief.Data;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Security;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>
/// The worker inside the site (<c>BharatBrief:Ingestion:Worker:Enabled</c>): it takes the inbox in by itself, readers
/// get the article's page and editors the run; off, as by default, it never runs.
/// </summary>
public sealed class IngestionWorkerInSiteTests
{
    /// <summary>
    /// Longest the site's first pass may take to publish one article: generous, because the suite runs its projects
    /// side by side on two cores. The test polls, so a quick pass ends it early.
    /// </summary>
    private static readonly TimeSpan PassLimit = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Enabled_the_site_ingests_the_inbox_serves_the_article_and_lists_the_run()
    {
        using var inbox = new TempFolder();
        var marker = Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(inbox.File("summit.txt"), Summit(marker));
        // Nothing listens on the discard port: a failed run, whose address carries a password and a key that no log may show.
        await using var factory = await StartedSiteAsync(inbox, enabled: true, interval: "00:05:00", feed: "http://desk:hunter2secret@127.0.0.1:9/feed.xml?token=q7token");
        using var reader = factory.CreateClient(new() { AllowAutoRedirect = false });

        var slug = await WaitForAsync(async () =>
        {
            await using var db = await Contexts(factory).CreateDbContextAsync();
            return await db.VisibleArticles.Where(article => article.SourceName == "summit.txt").Select(article => article.Slug).SingleOrDefaultAsync();
        });
        var page = await WaitForAsync(async () =>
        {
            using var response = await reader.GetAsync($"/articles/{slug}");
            var body = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK && body.Contains(marker, StringComparison.Ordinal) ? body : null;
        });
        using var editor = await EditorClient.SignedInAsync(factory, $"editor-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);
        var runs = await editor.GetAsync("/editor/ingestion");

        Assert.Contains(marker, page, StringComparison.Ordinal);
        var row = runs.One("table.ingestion-runs").QuerySelectorAll("tbody tr")
            .Select(tr => tr.QuerySelectorAll("th, td").Select(cell => cell.Text()).ToArray())
            .Single(cells => cells[1].StartsWith($"Inbox {Path.GetFullPath(inbox.Path)}", StringComparison.Ordinal));
        Assert.Equal(["Succeeded", "1", "1", "0", "0", "0", "0"], row.Skip(2).Take(7));
        await using var store = await Contexts(factory).CreateDbContextAsync();
        Assert.Equal(2, await store.IngestionRuns.CountAsync());
        var stored = Assert.Single(factory.Logs.Entries, entry => entry.EventId == 1 && Equals(entry.Properties.GetValueOrDefault("Slug"), slug));
        Assert.Equal("summit.txt", stored.Properties["Source"]);
        var finished = Assert.Single(factory.Logs.Entries, entry => entry.EventId == 100 && entry.Category.StartsWith("BharatBrief.Worker", StringComparison.Ordinal));
        Assert.Equal((Path.GetFullPath(inbox.Path), 1), ((string?)finished.Properties["Source"], Convert.ToInt32(finished.Properties["Ingested"], System.Globalization.CultureInfo.InvariantCulture)));
        var failed = Assert.Single(factory.Logs.Entries, entry => entry.EventId == 101 && entry.Category.StartsWith("BharatBrief.Worker", StringComparison.Ordinal));
        Assert.StartsWith("http://127.0.0.1:9/feed.xml?…", (string?)failed.Properties["Source"], StringComparison.Ordinal);
        foreach (var entry in factory.Logs.Entries)
        {
            var text = entry.Message + string.Concat(entry.Properties.Values.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))) + entry.Exception;
            Assert.DoesNotContain("hunter2secret", text, StringComparison.Ordinal);
            Assert.DoesNotContain("q7token", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Off_by_default_no_run_is_ever_recorded_and_the_inbox_is_not_read()
    {
        using var inbox = new TempFolder();
        var marker = Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(inbox.File("summit.txt"), Summit(marker));
        await using var factory = await StartedSiteAsync(inbox, enabled: null, interval: "00:00:01", feed: null);

        // Enabled, the worker makes its first pass at start and another every second: two intervals cover both.
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        await using var db = await Contexts(factory).CreateDbContextAsync();
        Assert.Equal(0, await db.IngestionRuns.CountAsync());
        Assert.False(await db.VisibleArticles.AnyAsync(article => article.SourceName == "summit.txt"));
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Category.StartsWith("BharatBrief.Worker", StringComparison.Ordinal));
    }

    private static string Summit(string marker) => $"""
        Modi and Putin meet in Moscow, report {marker}

        MOSCOW, 9 July 2024 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held the 22nd India-Russia annual summit in Moscow on 8-9 July 2024 ({marker}).
        """;

    /// <param name="enabled">The switch's setting, or null to leave it unset as in appsettings.json.</param>
    /// <param name="interval">Time between passes: one pass only, or a pass every second.</param>
    /// <param name="feed">A feed's address besides the inbox, if any.</param>
    private static async Task<SiteFactory> StartedSiteAsync(TempFolder inbox, bool? enabled, string interval, string? feed)
    {
        var factory = new SiteFactory();
        factory.Settings[SignInRateLimit.Setting] = "1000";
        factory.Settings["BharatBrief:Ingestion:Worker:InboxPath"] = inbox.Path;
        factory.Settings["BharatBrief:Ingestion:Worker:Interval"] = interval;
        if (feed is not null)
        {
            factory.Settings["BharatBrief:Ingestion:Worker:Feeds:0:Url"] = feed;
        }
        if (enabled is { } value)
        {
            factory.Settings["BharatBrief:Ingestion:Worker:Enabled"] = value ? "true" : "false";
        }
        await SeededStore.CopyToAsync(factory.DatabasePath);
        // Starts the site and its hosted services.
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        return factory;
    }

    private static IDbContextFactory<BharatBriefDbContext> Contexts(SiteFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            if (clock.Elapsed > PassLimit)
            {
                throw new TimeoutException($"Nothing within {PassLimit}.");
            }
            await Task.Delay(PollEvery);
        }
    }
}
