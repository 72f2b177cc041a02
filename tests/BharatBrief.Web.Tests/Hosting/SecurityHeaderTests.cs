using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

public sealed class SecurityHeaderTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/summits")]
    [InlineData("/api/themes")]
    public async Task Responses_carry_a_policy_without_inline_script_and_the_usual_protections(string url)
    {
        using var response = await site.Client.GetAsync(url);

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/summits")]
    [InlineData("/agreements")]
    [InlineData("/search?q=modi")]
    public async Task Pages_have_no_inline_script_or_style_and_no_framework_script(string url)
    {
        var page = await Html.GetAsync(site.Client, url);

        Assert.All(page.QuerySelectorAll("script"), script =>
        {
            Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")));
            Assert.Empty(script.TextContent.Trim());
            Assert.DoesNotContain("blazor", script.GetAttribute("src")!, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Empty(page.QuerySelectorAll("[style], style"));
        Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [onchange]"));
    }
}
