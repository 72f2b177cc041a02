using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>The same pages in the reader's colour scheme and on paper.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PresentationTests(BrowserFixture fixture)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task A_dark_colour_scheme_gets_dark_pages(string device, int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Site.Address.ToString().TrimEnd('/'),
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = ColorScheme.Dark,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/summits");

        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var ink = await page.EvaluateAsync<string>("getComputedStyle(document.body).color");
        Assert.True(Lightness(background) < 0.2, background);
        Assert.True(Lightness(ink) > 0.8, ink);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.Screenshots, $"timeline-dark-{device}.png") });
    }

    [Fact]
    public async Task Printing_leaves_out_navigation_and_forms()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Site.Address.ToString().TrimEnd('/') });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/agreements");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("header nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table.register")).ToBeVisibleAsync();
        await page.PdfAsync(new() { Path = Path.Combine(fixture.Screenshots, "agreements-print.pdf") });
    }

    [Fact]
    public async Task Nothing_is_wider_than_a_phone()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Site.Address.ToString().TrimEnd('/'),
            ViewportSize = new() { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles");
        var article = await page.Locator(".article-list h2 a").First.GetAttributeAsync("href");

        foreach (var path in new[] { "/", "/summits", "/agreements", "/themes/defence", "/search?q=modi", article! })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the phone");
        }
    }

    /// <summary>The relative lightness (0 black, 1 white) of a CSS rgb() colour.</summary>
    private static double Lightness(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]);
    }
}
