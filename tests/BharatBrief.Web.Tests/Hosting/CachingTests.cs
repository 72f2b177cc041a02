using BharatBrief.Data;
using BharatBrief.Data.Importing;
using BharatBrief.Ingestion;
using BharatBrief.Web.Caching;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>Reader responses come from the output cache, and the cache empties whenever the store changes, in this process or another.</summary>
public sealed class CachingTests
{
    private const string NewArticle = """
        Putin and Modi agree on Zanskar hydrogen corridor

        NEW DELHI - Prime Minister Narendra Modi and President Vladimir Putin agreed in a phone call to study a Zanskar hydrogen corridor, officials said.
        The Zanskar corridor agreement would link Indian ports with Russian gas fields, and India and Russia will sign it at their next summit.
        """;

    [Fact]
    public async Task A_second_request_is_answered_from_the_cache_without_touching_the_database()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        // The articles' index: the timeline holds an island now, and pages with islands are never cached.
        using var first = await client.GetAsync("/articles");
        factory.Logs.Clear();
        using var second = await client.GetAsync("/articles");

        Assert.True(second.Headers.Age.HasValue);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(0, SqlCommands.Count(factory.Logs));
        Assert.Equal(true, factory.Logs.Entries.Single(e => e.Category == LogCapture.RequestCategory).Properties["Cached"]);
    }

    [Fact]
    public async Task An_ingest_by_another_process_clears_the_cache_within_moments()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();
        await WarmAsync(client);

        // Another process: its own services and connections on the same file, as the command line would have.
        await using (var cli = new ServiceCollection().AddBharatBriefData(factory.ConnectionString).BuildServiceProvider())
        {
            var outcome = await cli.GetRequiredService<ArticleImporter>().IngestOneAsync(ArticleSource.FromFile("zanskar.txt", NewArticle));
            Assert.Equal(IngestAction.Ingested, outcome.Action);
        }
        SqliteConnection.ClearAllPools();

        await EventuallyAsync(async () => (await client.GetStringAsync("/")).Contains("Zanskar", StringComparison.Ordinal));
        Assert.Contains("Zanskar", await client.GetStringAsync("/articles"));
        Assert.Contains("Zanskar", await client.GetStringAsync("/feeds/articles.atom"));
        Assert.Contains("zanskar", await client.GetStringAsync("/search?q=Zanskar"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"total\":0", await client.GetStringAsync("/api/search?q=Zanskar"));
    }

    [Fact]
    public async Task A_change_made_in_this_process_is_seen_at_once_after_invalidation()
    {
        await using var factory = await StartAsync(pollSeconds: "3600");
        using var client = factory.CreateClient();
        var before = await client.GetStringAsync("/agreements/relos");

        await using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE "Agreements" SET "Name" = 'Logistics pact (renamed)' WHERE "Slug" = 'relos'""";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(before, await client.GetStringAsync("/agreements/relos"));
        await factory.Services.GetRequiredService<ReaderCache>().InvalidateAsync();
        Assert.Equal("Logistics pact (renamed)", Html.Parse(await client.GetStringAsync("/agreements/relos")).One("h1").Text());
        // Search's catalog of titles is part of what the invalidation drops.
        var search = Html.Parse(await client.GetStringAsync("/search?q=logistics&kind=agreement"));
        Assert.Contains("Logistics pact (renamed)", search.QuerySelectorAll(".hit h3").Select(h => h.Text()));
    }

    [Fact]
    public async Task Each_filter_and_search_is_cached_on_its_own()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        var first = await client.GetStringAsync("/articles");
        var second = await client.GetStringAsync("/articles?page=2");
        var modi = await client.GetStringAsync("/search?q=modi");
        var putin = await client.GetStringAsync("/search?q=putin");

        Assert.NotEqual(first, second);
        Assert.NotEqual(modi, putin);
        Assert.Equal(second, await client.GetStringAsync("/articles?page=2"));
    }

    private static async Task<SiteFactory> StartAsync(string pollSeconds = "0.1")
    {
        var factory = new SiteFactory();
        factory.Settings["BharatBrief:Cache:PollSeconds"] = pollSeconds;
        await SeededStore.CopyToAsync(factory.DatabasePath);
        return factory;
    }

    private static async Task WarmAsync(HttpClient client)
    {
        foreach (var url in new[] { "/", "/articles", "/feeds/articles.atom", "/search?q=Zanskar", "/api/search?q=Zanskar" })
        {
            await client.GetStringAsync(url);
        }
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The change did not show within 10 seconds.");
    }
}
