using System.Net;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

public sealed class StaticAssetTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Every_stylesheet_script_and_icon_a_page_names_is_served()
    {
        var page = await Html.GetAsync(site.Client, "/");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();

        Assert.Equal(4, assets.Count);
        Assert.Contains(assets, a => a.EndsWith(".styles.css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await site.Client.GetAsync("/" + asset.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.True(response.Content.Headers.ContentLength > 100, asset);
        }
    }
}
