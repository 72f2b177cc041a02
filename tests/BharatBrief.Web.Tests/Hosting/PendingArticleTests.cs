using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BharatBrief.Data;
using BharatBrief.Data.Importing;
using BharatBrief.Web.Caching;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>
/// An article an ingest stored but has not consolidated yet (its run died before the consolidation) is nowhere a reader
/// looks: not its page, the lists, the feeds, search or the counts. The consolidation that merges it shows it everywhere.
/// </summary>
public sealed class PendingArticleTests
{
    private const string NewArticle = """
        Putin and Modi agree on Zanskar hydrogen corridor

        NEW DELHI - Prime Minister Narendra Modi and President Vladimir Putin agreed in a phone call to study a Zanskar hydrogen corridor, officials said.
        The Zanskar corridor agreement would link Indian ports with Russian gas fields, and India and Russia will sign it at their next summit.
        """;

    [Fact]
    public async Task An_article_whose_consolidation_has_not_committed_is_nowhere_a_reader_looks_until_it_has()
    {
        await using var factory = new SiteFactory();
        await SeededStore.CopyToAsync(factory.DatabasePath);
        using var client = factory.CreateClient();
        var themes = await client.GetStringAsync("/api/themes");
        var allArticles = Html.Parse(await client.GetStringAsync("/")).One("a[href='/articles']").Text();
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("zanskar.txt"), NewArticle);

        // Another process's run: a batch of one commits the article, then the run dies at its consolidation.
        await Assert.ThrowsAsync<InvalidOperationException>(() => IngestAsync(factory, folder.Path, dies: true));
        var slug = await SlugAsync(factory);
        await factory.Services.GetRequiredService<ReaderCache>().InvalidateAsync();

        await Html.GetAsync(client, $"/articles/{slug}", HttpStatusCode.NotFound);
        Assert.DoesNotContain("Zanskar", await client.GetStringAsync("/articles"), StringComparison.Ordinal);
        Assert.DoesNotContain(slug, await client.GetStringAsync("/feeds/articles.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain(slug, await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty(Html.Parse(await client.GetStringAsync("/search?q=Zanskar")).QuerySelectorAll(".hit"));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/search?q=Zanskar")).GetProperty("total").GetInt32());
        Assert.Equal(themes, await client.GetStringAsync("/api/themes"));
        Assert.Equal(allArticles, Html.Parse(await client.GetStringAsync("/")).One("a[href='/articles']").Text());

        // The next run changes no article, but its consolidation publishes this one: readers' pages follow.
        await IngestAsync(factory, folder.Path, dies: false);

        // Each cached page notices the store's new version on its own next request, so each is awaited on its own.
        await EventuallyAsync(async () => (await client.GetStringAsync("/articles")).Contains("Zanskar", StringComparison.Ordinal));
        await Html.GetAsync(client, $"/articles/{slug}");
        await EventuallyAsync(async () => (await client.GetStringAsync("/sitemap.xml")).Contains(slug, StringComparison.Ordinal));
        await EventuallyAsync(async () => (await client.GetFromJsonAsync<JsonElement>("/api/search?q=Zanskar")).GetProperty("total").GetInt32() != 0);
        await EventuallyAsync(async () => await client.GetStringAsync("/api/themes") != themes);
    }

    /// <summary>Ingests <paramref name="folder"/> with services of its own, as the command line would.</summary>
    private static async Task IngestAsync(SiteFactory factory, string folder, bool dies)
    {
        await using (var cli = new ServiceCollection()
            .AddBharatBriefData(factory.ConnectionString, options =>
            {
                options.BatchSize = 1;
                if (dies)
                {
                    options.Consolidate = (_, _) => throw new InvalidOperationException("the run dies here");
                }
            })
            .BuildServiceProvider())
        {
            await cli.GetRequiredService<ArticleImporter>().IngestFolderAsync(folder);
        }
        SqliteConnection.ClearAllPools();
    }

    private static async Task<string> SlugAsync(SiteFactory factory)
    {
        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a."Slug" FROM "Articles" a JOIN "PendingArticles" p ON p."ArticleId" = a."Id" WHERE a."SourceName" = 'zanskar.txt'
            """;
        return (string)(await command.ExecuteScalarAsync())!;
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
