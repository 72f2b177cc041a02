using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>The reader's paths through the site, at phone and desktop widths, with a screenshot of every step.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReaderFlowTests(BrowserFixture fixture)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task The_timeline_leads_from_the_July_2024_Moscow_summit_to_the_sentence_in_its_source(string device, int width, int height)
    {
        var page = await OpenAsync(width, height);

        await page.GotoAsync("/summits");
        // The timeline's island replaces the prerendered page when its circuit starts: read it once it is live.
        await Assertions.Expect(page.Locator(".live-timeline[data-live=on]")).ToHaveCountAsync(1);
        var summit = page.Locator("li.summit")
            .Filter(new() { HasText = "Moscow" })
            .Filter(new() { Has = page.Locator("time[datetime^='2024-07']") });
        await Assertions.Expect(summit).ToHaveCountAsync(1);
        await Assertions.Expect(summit.Locator(".source-count")).ToHaveTextAsync("3 sources:");
        await Assertions.Expect(summit.Locator(".sources li a")).ToHaveCountAsync(3);
        await LiveIslands.ScrollToAsync(summit);
        await ShotAsync(page, "timeline", device);

        await summit.Locator("h3 a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SummitUrl());
        await Assertions.Expect(page.Locator("#sources .source")).ToHaveCountAsync(3);
        await ShotAsync(page, "summit", device);

        var quote = page.Locator("#sources blockquote.source-quote a").First;
        var quoted = (await quote.InnerTextAsync()).Trim('“', '”');
        await quote.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SentenceUrl());
        var target = page.Locator(":target");
        await Assertions.Expect(target).ToHaveCountAsync(1);
        Assert.Equal(new Uri(page.Url).Fragment.TrimStart('#'), await target.GetAttributeAsync("id"));
        Assert.Equal(Squash(quoted), Squash(await target.InnerTextAsync()));
        await Assertions.Expect(target).ToBeInViewportAsync();
        await ShotAsync(page, "sentence", device);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Searching_S_400_lands_on_the_article_that_mentions_it(string device, int width, int height)
    {
        var page = await OpenAsync(width, height);

        await page.GotoAsync("/");
        await page.Locator("#site-q").FillAsync("S-400");
        await page.Locator("#site-q").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=S-400$"));
        var article = page.Locator("section[aria-labelledby='results-article'] .hit").First;
        await Assertions.Expect(article.Locator("mark").First).ToHaveTextAsync("S-400");
        await ShotAsync(page, "search", device);

        await article.Locator("h3 a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator(".article-body")).ToContainTextAsync("S-400");
        await ShotAsync(page, "article", device);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task The_agreements_register_filters_by_status(string device, int width, int height)
    {
        var page = await OpenAsync(width, height);

        await page.GotoAsync("/agreements");
        // The register is an island: choose once it is live, or the circuit's first render resets the choice.
        await Assertions.Expect(page.Locator(".live-register[data-live=on]")).ToHaveCountAsync(1);
        var all = await page.Locator("table.register tbody tr[aria-rowindex]").CountAsync();
        await page.Locator("#filter-status").SelectOptionAsync("signed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements\\?status=signed$"));
        var rows = page.Locator("table.register tbody tr[aria-rowindex]");
        await Assertions.Expect(page.Locator("p.summary [role=status]")).ToContainTextAsync("match these filters");
        Assert.InRange(await rows.CountAsync(), 1, all - 1);
        foreach (var badge in await rows.Locator(".badge").AllInnerTextsAsync())
        {
            Assert.Equal("Signed", badge);
        }
        await Assertions.Expect(page.Locator("#filter-status")).ToHaveValueAsync("signed");
        await ShotAsync(page, "agreements-signed", device);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_is_seen_when_focused(string device, int width, int height)
    {
        var page = await OpenAsync(width, height);

        await page.GotoAsync("/summits");
        await page.Keyboard.PressAsync("Tab");

        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#main$"));
        await ShotAsync(page, "skip-link", device);
    }

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Site.Address.ToString().TrimEnd('/'),
            ViewportSize = new() { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    private async Task ShotAsync(IPage page, string step, string device) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.Screenshots, $"{step}-{device}.png"), FullPage = false });

    private static string Squash(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"/summits/[a-z0-9-]+$")]
    private static partial Regex SummitUrl();

    [GeneratedRegex(@"/articles/[a-z0-9-]+#s-\d+$")]
    private static partial Regex SentenceUrl();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
