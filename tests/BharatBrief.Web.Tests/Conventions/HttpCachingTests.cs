using System.Net;
using System.Net.Http.Headers;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Conventions;

/// <summary>
/// Reader responses carry validators and a short public lifetime, and a client that already holds one gets 304;
/// pages with interactive islands and the editors' area are kept by no cache.
/// </summary>
public sealed class HttpCachingTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/summits/moscow-2024-07")]
    [InlineData("/themes/defence")]
    [InlineData("/feeds/articles.atom")]
    [InlineData("/themes/defence/feed.atom")]
    [InlineData("/summits.csv")]
    [InlineData("/api/summits")]
    public async Task A_reader_response_has_validators_and_a_conditional_get_gets_304(string url)
    {
        using var first = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);
        Assert.True(lastModified <= DateTimeOffset.UtcNow.AddSeconds(1), $"Last-Modified {lastModified} is in the future.");
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await site.Client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        using var notModifiedSince = await site.Client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
    }

    [Fact]
    public async Task Another_tag_or_an_older_date_gets_the_whole_response()
    {
        using var first = await site.Client.GetAsync("/articles");
        var body = await first.Content.ReadAsStringAsync();

        using var otherTag = new HttpRequestMessage(HttpMethod.Get, "/articles");
        otherTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\""));
        using var changed = await site.Client.SendAsync(otherTag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(body, await changed.Content.ReadAsStringAsync());

        using var olderDate = new HttpRequestMessage(HttpMethod.Get, "/articles");
        olderDate.Headers.IfModifiedSince = first.Content.Headers.LastModified!.Value.AddDays(-1);
        using var modified = await site.Client.SendAsync(olderDate);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }

    [Fact]
    public async Task Different_pages_have_different_tags()
    {
        using var home = await site.Client.GetAsync("/");
        using var articles = await site.Client.GetAsync("/articles");

        Assert.NotEqual(home.Headers.ETag, articles.Headers.ETag);
    }

    [Theory]
    [InlineData("/search?q=summit")]
    [InlineData("/summits")]
    [InlineData("/agreements")]
    public async Task Pages_with_islands_keep_no_store_and_no_validators(string url)
    {
        using var response = await site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url} must not be stored.");
        Assert.False(response.Headers.CacheControl?.Public ?? false);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_missing_page_gets_no_validators()
    {
        using var response = await site.Client.GetAsync("/articles/nothing-like-this");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.False(response.Headers.CacheControl?.Public ?? false);
    }

    [Fact]
    public async Task Fingerprinted_assets_are_immutable_for_a_year()
    {
        var page = await Html.GetAsync(site.Client, "/");
        var stylesheet = page.QuerySelectorAll("link[rel=stylesheet]").Select(link => link.GetAttribute("href")!)
            .First(href => href.Contains("site.", StringComparison.Ordinal));
        Assert.Matches(@"site\.[a-z0-9]+\.css$", stylesheet);

        using var response = await site.Client.GetAsync("/" + stylesheet.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(TimeSpan.FromDays(365) == response.Headers.CacheControl?.MaxAge, $"{stylesheet}: Cache-Control {response.Headers.CacheControl}");
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
    }
}
