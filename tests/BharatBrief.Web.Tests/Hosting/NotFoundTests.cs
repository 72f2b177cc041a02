using System.Net;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

public sealed class NotFoundTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/summits/a/b/c")]
    [InlineData("/themes/defence/extra")]
    [InlineData("/wp-admin.php")]
    public async Task Unknown_paths_get_the_404_page_with_status_404(string url)
    {
        var page = await Html.GetAsync(site.Client, url, HttpStatusCode.NotFound);

        Assert.Equal("We could not find that page", page.One("h1").Text());
        Assert.Equal("noindex", page.One("meta[name='robots']").GetAttribute("content"));
    }

    [Fact]
    public async Task Not_found_responses_are_not_cached()
    {
        using var first = await site.Client.GetAsync("/summits/nothing-here");
        using var second = await site.Client.GetAsync("/summits/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue);
    }

    [Fact]
    public async Task A_method_the_site_does_not_take_is_refused_with_a_page()
    {
        using var response = await site.Client.PostAsync("/api/summits", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
