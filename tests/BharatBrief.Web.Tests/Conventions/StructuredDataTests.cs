using System.Text.Json;
using AngleSharp.Dom;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BharatBrief.Web.Tests.Conventions;

/// <summary>Each kind of page describes itself in JSON-LD that parses and says what the page shows.</summary>
public sealed class StructuredDataTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task The_home_page_is_a_web_site_searchable_at_search()
    {
        var page = await Html.GetAsync(site.Client, "/");

        var website = Assert.Single(Things(page));
        Assert.Equal("WebSite", website.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", website.GetProperty("@context").GetString());
        var action = website.GetProperty("potentialAction");
        Assert.Equal("SearchAction", action.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/search?q={search_term_string}", action.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", action.GetProperty("query-input").GetString());
    }

    [Fact]
    public async Task Every_article_page_is_a_news_article_with_a_trail_and_only_the_date_it_states()
    {
        var index = await Html.GetAsync(site.Client, "/articles");
        var paths = index.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var page = await Html.GetAsync(site.Client, path);

            var graph = Graph(page);
            var article = graph.Single(thing => thing.GetProperty("@type").GetString() == "NewsArticle");
            Assert.Equal(page.One("h1").Text(), article.GetProperty("headline").GetString());
            Assert.Equal("http://localhost" + path, article.GetProperty("url").GetString());
            var published = page.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content");
            if (published is null)
            {
                Assert.False(article.TryGetProperty("datePublished", out _), $"{path}: a date the page does not state.");
            }
            else
            {
                Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", published);
                Assert.Equal(published, article.GetProperty("datePublished").GetString());
            }
            AssertTrail(graph, ("Home", "http://localhost/"), ("Articles", "http://localhost/articles"), (page.One("h1").Text(), "http://localhost" + path));
        }
    }

    [Fact]
    public async Task An_article_with_a_published_date_states_it_in_both_places()
    {
        var index = await Html.GetAsync(site.Client, "/articles");
        var path = index.QuerySelectorAll(".article-list a").Select(a => a.GetAttribute("href")!).First();
        // The seeds carry no published date (only dates they are as of): give one article a date, as a sidecar would.
        await using (var connection = new SqliteConnection(site.Factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE "Articles" SET "PublishedOn" = '2024-07-08' WHERE "Slug" = $slug;""";
            command.Parameters.AddWithValue("$slug", Uri.UnescapeDataString(path["/articles/".Length..]));
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        IDocument page = await Html.GetAsync(site.Client, path);
        for (var attempt = 0; attempt < 100 && page.QuerySelector("meta[property='article:published_time']") is null; attempt++)
        {
            await Task.Delay(100);
            page = await Html.GetAsync(site.Client, path);
        }

        Assert.Equal("2024-07-08", page.One("meta[property='article:published_time']").GetAttribute("content"));
        var article = Graph(page).Single(thing => thing.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("2024-07-08", article.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task A_held_summit_is_a_scheduled_event_in_its_city_with_a_trail()
    {
        var page = await Html.GetAsync(site.Client, "/summits/moscow-2024-07");

        var graph = Graph(page);
        var summit = graph.Single(thing => thing.GetProperty("@type").GetString() == "Event");
        Assert.Equal(page.One("h1").Text(), summit.GetProperty("name").GetString());
        Assert.StartsWith("2024-07", summit.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", summit.GetProperty("eventStatus").GetString());
        var location = summit.GetProperty("location");
        Assert.Equal("Place", location.GetProperty("@type").GetString());
        Assert.Equal("Moscow", location.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("Russia", location.GetProperty("address").GetProperty("addressCountry").GetString());
        AssertTrail(graph, ("Home", "http://localhost/"), ("Summit timeline", "http://localhost/summits"),
            (page.One("h1").Text(), "http://localhost/summits/moscow-2024-07"));
    }

    [Theory]
    [InlineData("/themes/defence", "Themes", "http://localhost/themes")]
    [InlineData("/agreements/relos", "Agreements register", "http://localhost/agreements")]
    public async Task Theme_and_agreement_pages_have_a_trail(string path, string parent, string parentUrl)
    {
        var page = await Html.GetAsync(site.Client, path);

        var trail = Assert.Single(Things(page));
        AssertTrail([trail], ("Home", "http://localhost/"), (parent, parentUrl), (page.One("h1").Text(), "http://localhost" + path));
    }

    [Fact]
    public void Text_that_would_close_the_script_is_escaped()
    {
        var json = StructuredData.Serialize(new System.Text.Json.Nodes.JsonObject { ["headline"] = "</script><script>alert(1)</script> & Москва" });

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.Contains("Москва", json);
        Assert.Equal("</script><script>alert(1)</script> & Москва", JsonDocument.Parse(json).RootElement.GetProperty("headline").GetString());
    }

    private static List<JsonElement> Things(IDocument page) =>
        [.. page.QuerySelectorAll("head script[type='application/ld+json']").Select(script => JsonDocument.Parse(script.TextContent).RootElement)];

    private static List<JsonElement> Graph(IDocument page)
    {
        var root = Assert.Single(Things(page));
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        return [.. root.GetProperty("@graph").EnumerateArray()];
    }

    private static void AssertTrail(IEnumerable<JsonElement> things, params (string Name, string Url)[] steps)
    {
        var trail = things.Single(thing => thing.GetProperty("@type").GetString() == "BreadcrumbList");
        var items = trail.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(steps.Length, items.Count);
        for (var index = 0; index < steps.Length; index++)
        {
            Assert.Equal(index + 1, items[index].GetProperty("position").GetInt32());
            Assert.Equal(steps[index].Name, items[index].GetProperty("name").GetString());
            Assert.Equal(steps[index].Url, items[index].GetProperty("item").GetString());
        }
    }
}
