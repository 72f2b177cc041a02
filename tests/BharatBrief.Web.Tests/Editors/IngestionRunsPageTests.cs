using BharatBrief.Data.Accounts;
using BharatBrief.Web.Tests.Support;
using BharatBrief.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>The editors' page of ingestion runs shows what the worker recorded: counts, skipped items and errors.</summary>
public sealed class IngestionRunsPageTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task Editors_see_the_runs_with_their_counts_reasons_and_errors()
    {
        using var inbox = new TempFolder();
        var marker = Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(inbox.File("summit.txt"), $"""
            Modi and Putin meet in Moscow, report {marker}

            MOSCOW, 9 July 2024 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held the 22nd India-Russia annual summit in Moscow on 8-9 July 2024 ({marker}).
            """);
        await File.WriteAllTextAsync(inbox.File("weather.txt"), "Rain expected\n\nRain is expected across England on Saturday.\n");
        // Nothing listens on the discard port: the feed cannot be reached. Its query stands for a key that must not show.
        var options = new IngestionWorkerOptions { InboxPath = inbox.Path, Feeds = [new() { Url = "http://127.0.0.1:9/feed.xml?key=s3cret-key" }] };
        var pass = await ActivatorUtilities.CreateInstance<IngestionRunner>(site.Factory.Services, options).RunOnceAsync();
        Assert.Equal(2, pass.Runs.Count);
        using var client = await EditorClient.SignedInAsync(site.Factory, $"editor-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);

        var page = await client.GetAsync("/editor/ingestion");

        var table = page.One("table.ingestion-runs");
        Assert.Equal("Recent ingestion runs, newest first", table.One("caption").Text());
        Assert.Equal(
            ["Started", "Source", "Result", "Received", "Ingested", "Updated", "Unchanged", "Skipped", "Failed", "Errors and skipped items"],
            table.QuerySelectorAll("thead th[scope='col']").Select(th => th.Text()));
        var inboxRow = Row(table, $"Inbox {Path.GetFullPath(inbox.Path)}");
        Assert.Equal(["Succeeded", "2", "1", "0", "0", "1", "0"], inboxRow.Skip(2).Take(7));
        Assert.Equal("Skipped: weather.txt — nothing about India and Russia", inboxRow[9]);
        var feedRow = Row(table, "Feed http://127.0.0.1:9/feed.xml?… #");
        Assert.Equal("Failed", feedRow[2]);
        Assert.StartsWith("Error: the feed could not be reached", feedRow[9], StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("nav.editor-nav a, a"), a => a.GetAttribute("href") == "/editor");
    }

    [Fact]
    public async Task The_desk_links_to_the_runs()
    {
        using var client = await EditorClient.SignedInAsync(site.Factory, $"editor-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);

        var desk = await client.GetAsync("/editor");

        Assert.Contains(desk.QuerySelectorAll("nav.editor-nav a"), a => a.GetAttribute("href") == "/editor/ingestion");
    }

    /// <summary>The texts of the cells of the row whose header starts with <paramref name="source"/>.</summary>
    private static string[] Row(AngleSharp.Dom.IElement table, string source) =>
        table.QuerySelectorAll("tbody tr")
            .Select(row => row.QuerySelectorAll("th, td").Select(cell => cell.Text()).ToArray())
            .First(cells => cells[1].StartsWith(source, StringComparison.Ordinal));
}
