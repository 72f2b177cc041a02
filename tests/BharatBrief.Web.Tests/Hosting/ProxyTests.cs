using System.Net;
using System.Xml.Linq;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>A site behind a TLS-terminating proxy at 10.1.2.3, published at https://brief.example.</summary>
public sealed class ProxiedSiteFixture : SiteFixture
{
    public ProxiedSiteFixture()
    {
        Factory.Settings["BharatBrief:Proxy:KnownProxies"] = "10.1.2.3, 10.1.2.4";
        Factory.Settings["BharatBrief:PublicBaseUrl"] = "https://brief.example/";
    }
}

/// <summary>
/// Forwarded headers are believed from the configured proxy only, so the editors' forms work over the proxy's https;
/// absolute links come from <c>BharatBrief:PublicBaseUrl</c>, never from the Host header.
/// </summary>
public sealed class ProxyTests(ProxiedSiteFixture site) : IClassFixture<ProxiedSiteFixture>
{
    private static HttpRequestMessage ThroughProxy(HttpMethod method, string url, string from = "10.1.2.3")
    {
        var request = new HttpRequestMessage(method, new Uri(new Uri("http://localhost"), url));
        request.Headers.Add(SiteFactory.ClientAddressHeader, from);
        request.Headers.Add("X-Forwarded-For", "203.0.113.50");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    [Fact]
    public async Task The_sign_in_form_works_over_plain_http_from_a_known_proxy_that_says_https()
    {
        using var response = await site.Client.SendAsync(ThroughProxy(HttpMethod.Get, "/account/sign-in"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", site.Factory.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Exception!.ToString())));
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", antiforgery.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_not_believed()
    {
        using var response = await site.Client.SendAsync(ThroughProxy(HttpMethod.Get, "/account/sign-in", from: "198.51.100.66"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Absolute_links_use_the_public_address_whatever_the_host_header_says()
    {
        async Task<string> ReadAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Host = "evil.example";
            using var response = await site.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("Sitemap: https://brief.example/sitemap.xml", await ReadAsync("/robots.txt"), StringComparison.Ordinal);
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(await ReadAsync("/sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, location => Assert.StartsWith("https://brief.example/", location, StringComparison.Ordinal));
        var atom = await ReadAsync("/feeds/articles.atom");
        Assert.DoesNotContain("evil.example", atom, StringComparison.Ordinal);
        Assert.Contains("https://brief.example/articles/", atom, StringComparison.Ordinal);
        var page = Html.Parse(await ReadAsync("/agreements/relos"));
        Assert.Equal("https://brief.example/agreements/relos", page.One("link[rel='canonical']").GetAttribute("href"));
        Assert.Equal("https://brief.example/agreements/relos", page.One("meta[property='og:url']").GetAttribute("content"));
    }
}
