using System.Net;
using System.Xml.Linq;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Conventions;

/// <summary>HEAD on every kind of route; lists past their last page; the feeds of a theme and of a summit.</summary>
public sealed class HeadAndPagingTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/articles")]
    [InlineData("/articles?page=2")]
    [InlineData("/themes")]
    [InlineData("/themes/defence")]
    [InlineData("/summits/moscow-2024-07")]
    [InlineData("/agreements")]
    [InlineData("/search?q=S-400")]
    [InlineData("/themes/defence/feed.atom")]
    [InlineData("/summits/moscow-2024-07/feed.atom")]
    [InlineData("/agreements.csv")]
    [InlineData("/api/agreements")]
    [InlineData("/api/themes")]
    [InlineData("/openapi/v1.json")]
    public async Task Head_answers_like_get_with_the_same_headers_and_no_body(string url)
    {
        using var get = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;

        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl?.ToString(), head.Headers.CacheControl?.ToString());
        // A length, when HEAD sends one, is the GET's (HttpClient would report 0 for an absent header).
        if (head.Content.Headers.TryGetValues("Content-Length", out var headLength))
        {
            Assert.Equal(length.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(headLength));
        }
    }

    [Theory]
    [InlineData("/articles?page=999", "/articles")]
    [InlineData("/themes/defence?page=999", "/themes/defence")]
    public async Task A_page_past_the_last_says_so_and_links_to_the_first(string url, string first)
    {
        var page = await Html.GetAsync(site.Client, url);

        var notice = page.One(".past-last-page");
        Assert.Matches(@"There (is only 1 page|are only \d+ pages) of articles", notice.Text());
        Assert.Equal(first, notice.One("a").GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".article-list li"));
    }

    [Fact]
    public async Task The_first_page_has_no_such_notice()
    {
        var page = await Html.GetAsync(site.Client, "/articles");

        Assert.Null(page.QuerySelector(".past-last-page"));
        Assert.NotEmpty(page.QuerySelectorAll(".article-list li"));
    }

    [Theory]
    [InlineData("/themes/defence", "/themes/defence/feed.atom")]
    [InlineData("/summits/moscow-2024-07", "/summits/moscow-2024-07/feed.atom")]
    public async Task A_theme_or_summit_links_its_feed_of_the_articles_it_has(string pagePath, string feedPath)
    {
        var page = await Html.GetAsync(site.Client, pagePath);
        var link = page.One($"head link[rel=alternate][type='application/atom+xml'][href='{feedPath}']");
        Assert.Contains(page.One("h1").Text(), link.GetAttribute("title"));
        var articlesOnPage = page.QuerySelectorAll("a[href^='/articles/']").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToHashSet();

        using var response = await site.Client.GetAsync(feedPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("http://localhost" + feedPath, feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("http://localhost" + pagePath, feed.Element(Atom + "id")!.Value);
        var entries = feed.Elements(Atom + "entry").Select(entry => entry.Element(Atom + "id")!.Value.Replace("http://localhost", "", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry => Assert.Contains(entry, articlesOnPage));
    }

    [Theory]
    [InlineData("defence")]
    [InlineData("energy")]
    [InlineData("china")]
    public async Task A_theme_feed_holds_that_themes_articles_and_no_other(string theme)
    {
        var page = await Html.GetAsync(site.Client, "/themes/" + theme);
        var count = int.Parse(page.One("#articles-heading").Text().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var feed = XDocument.Parse(await site.Client.GetStringAsync($"/themes/{theme}/feed.atom")).Root!;

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(Math.Min(count, 50), entries.Count);
        Assert.All(entries, entry => Assert.Contains(entry.Elements(Atom + "category"), category => (string?)category.Attribute("term") == theme));
    }

    [Theory]
    [InlineData("/themes/cricket/feed.atom")]
    [InlineData("/summits/no-such-summit/feed.atom")]
    public async Task The_feed_of_an_unknown_theme_or_summit_is_a_404(string url)
    {
        using var response = await site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
