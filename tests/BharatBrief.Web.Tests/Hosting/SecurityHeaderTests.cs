using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

public sealed class SecurityHeaderTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/summits")]
    [InlineData("/api/themes")]
    [InlineData("/search?q=modi")]
    public async Task Responses_carry_a_policy_without_inline_script_and_the_usual_protections(string url)
    {
        using var response = await site.Client.GetAsync(url);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
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
    [InlineData("/themes")]
    [InlineData("/articles")]
    [InlineData("/articles?page=1")]
    public async Task Reading_pages_have_no_inline_script_or_style_and_no_framework_script(string url)
    {
        var page = await Html.GetAsync(site.Client, url);

        AssertNoInlineScriptOrStyle(page);
        Assert.DoesNotContain(page.QuerySelectorAll("script[src]"), script => script.GetAttribute("src")!.Contains("blazor", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<!--Blazor", page.Source.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=modi")]
    [InlineData("/agreements?status=signed&sort=date")]
    [InlineData("/summits")]
    [InlineData("/summits?page=1&zoom=years&at=2024-07-01")]
    public async Task Pages_with_islands_load_the_framework_from_the_site_and_nothing_inline(string url)
    {
        using var response = await site.Client.GetAsync(url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        AssertNoInlineScriptOrStyle(page);
        Assert.Single(page.QuerySelectorAll("script[src*='_framework/blazor.web']"));
        // The island's prerendered descriptor is one reader's: the page sets no cookie and no cache may keep it.
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    private static void AssertNoInlineScriptOrStyle(AngleSharp.Dom.IDocument page)
    {
        // JSON-LD is data no browser runs; it must parse as JSON, so that it cannot be script in disguise.
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), data => System.Text.Json.JsonDocument.Parse(data.TextContent).Dispose());
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script =>
        {
            Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")));
            Assert.Empty(script.TextContent.Trim());
        });
        Assert.Empty(page.QuerySelectorAll("[style], style"));
        Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [onchange], [onkeydown], [oninput]"));
        // Prerendered, the live pieces' links are plain links, without the framework's directives in the markup.
        Assert.DoesNotContain("__internal", page.Source.Text, StringComparison.Ordinal);
    }
}
