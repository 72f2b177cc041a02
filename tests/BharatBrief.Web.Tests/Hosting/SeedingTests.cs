using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>First start on an empty file: migrations applied, the seed articles ingested by the importer; later starts leave them be.</summary>
public sealed class SeedingTests
{
    [Fact]
    public async Task First_start_ingests_the_seeds_and_a_second_start_does_not_again()
    {
        var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "fresh", "site.db");
        try
        {
            await using (var first = Fresh(database))
            {
                var page = await Html.GetAsync(first.CreateClient(), "/articles");
                Assert.Equal(5, page.QuerySelectorAll(".article-list li").Length);
                Assert.Single(first.Logs.Entries, e => e.Message.StartsWith("First start: ingested 5 seed articles", StringComparison.Ordinal));
                Assert.True(await first.ReadAsync(db => db.Summits.AnyAsync()));
            }
            await using (var second = Fresh(database))
            {
                await Html.GetAsync(second.CreateClient(), "/");
                Assert.DoesNotContain(second.Logs.Entries, e => e.Message.StartsWith("First start", StringComparison.Ordinal));
                Assert.Equal(5, await second.ReadAsync(db => db.Articles.CountAsync()));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Dispose();
        }
    }

    [Fact]
    public async Task Without_a_seed_folder_the_site_starts_empty_and_says_why()
    {
        await using var factory = new SiteFactory();
        factory.Settings["BharatBrief:Seeds"] = "/nonexistent/seeds";

        var page = await Html.GetAsync(factory.CreateClient(), "/summits");

        Assert.Contains("No summit matches", page.One("main").Text());
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("no seed folder", StringComparison.Ordinal));
    }

    private static SiteFactory Fresh(string database)
    {
        var factory = new SiteFactory();
        factory.Settings["BharatBrief:Database"] = database;
        return factory;
    }
}
