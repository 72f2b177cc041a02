using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Pages;

public sealed class HomePageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Home_shows_the_latest_articles_the_last_summit_key_figures_and_the_ways_in()
    {
        var page = await Html.GetAsync(site.Client, "/");

        Assert.Equal("BharatBrief", page.Title);
        Assert.Equal(5, page.QuerySelectorAll(".article-list li").Length);
        Assert.Contains("Last summit held", page.One(".summits-now").Text());
        Assert.NotEmpty(page.QuerySelectorAll(".figures .figure"));
        Assert.All(page.QuerySelectorAll(".figure-source a"), link => Assert.Matches("^/articles/[a-z0-9-]+#s-[0-9]+$", link.GetAttribute("href")!));
        string[] ways = ["/summits", "/agreements", "/themes", "/search"];
        Assert.Equal(ways, page.QuerySelectorAll(".entry-points a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task The_site_reads_the_store_file_it_was_given()
    {
        using var response = await site.Client.GetAsync("/");
        response.EnsureSuccessStatusCode();

        Assert.True(File.Exists(site.Factory.DatabasePath));
        Assert.Contains(site.Factory.Logs.Entries, entry => entry.Category == LogCapture.RequestCategory);
    }
}
