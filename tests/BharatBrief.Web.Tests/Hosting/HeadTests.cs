using System.Net;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>HEAD answers on every GET route what GET answers, without the body.</summary>
public sealed class HeadTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/summits")]
    [InlineData("/agreements/relos")]
    [InlineData("/robots.txt")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feeds/articles.atom")]
    [InlineData("/feeds/summits.ics")]
    [InlineData("/summits.csv")]
    [InlineData("/api/summits")]
    [InlineData("/api/search?q=summit")]
    public async Task Head_answers_like_get_without_a_body(string url)
    {
        using var get = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);

        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_answers_on_the_sign_in_page_over_https()
    {
        using var client = site.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/account/sign-in"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_on_an_unknown_address_is_still_a_404()
    {
        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/no-such-page"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
