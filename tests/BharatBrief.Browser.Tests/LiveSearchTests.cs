using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>Search as the reader types, over the real circuit; and the reading pages and the search form without script.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LiveSearchTests(BrowserFixture fixture)
{
    // One width: the page's layout at both is the reader flow's to check; this is about the circuit.
    [Fact]
    public async Task Results_follow_the_typing_without_leaving_the_page_and_arrow_keys_walk_them()
    {
        var (page, problems) = await fixture.OpenWatchedPageAsync(1280, 800);
        var circuits = new List<string>();
        page.WebSocket += (_, socket) => circuits.Add(socket.Url);
        var opened = CircuitEvents("opened").Count;

        await page.GotoAsync("/search");
        // The prerendered form is replaced when the circuit starts: type only once the island says it is live.
        await Assertions.Expect(page.Locator(".live-search[data-live=on]")).ToHaveCountAsync(1);
        await EventuallyAsync(() => CircuitEvents("opened").Count > opened);
        var circuit = CircuitEvents("opened")[opened];
        Assert.True(OpenCircuitsIn(circuit) >= 1, "the count of open circuits includes this one");
        await page.EvaluateAsync("() => window.samePage = true");

        await page.Locator("#q").PressSequentiallyAsync("Kudankulam", new() { Delay = 40 });

        var hits = page.Locator(".hit");
        await Assertions.Expect(hits.First.Locator("mark").First).ToContainTextAsync("Kudankulam", new() { IgnoreCase = true });
        await Assertions.Expect(page.Locator("p.summary[role=status]")).ToHaveTextAsync(new Regex("^\\d+ results? for ", RegexOptions.IgnoreCase));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=Kudankulam$"));
        await Assertions.Expect(page).ToHaveTitleAsync("Search: Kudankulam · BharatBrief");
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "typing loaded another page");
        await fixture.ShotAsync(page, "live-search", "desktop");

        await page.Locator("#q").PressAsync("ArrowDown");
        var links = page.Locator(".hit h3 a");
        await Assertions.Expect(links.Nth(0)).ToBeFocusedAsync();
        if (await links.CountAsync() > 1)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(links.Nth(1)).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("ArrowUp");
            await Assertions.Expect(links.Nth(0)).ToBeFocusedAsync();
        }
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.Locator("#q")).ToBeFocusedAsync();

        await page.Locator("aside.facets a", new() { HasText = "Articles" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=Kudankulam&kind=article$"));
        await Assertions.Expect(page.Locator("aside.facets a[aria-current=true]", new() { HasText = "Articles" })).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "a facet loaded another page");

        // The address holds the whole view: a reload shows it again, rendered by the server.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("Kudankulam");
        await Assertions.Expect(page.Locator("aside.facets a[aria-current=true]", new() { HasText = "Articles" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();

        Assert.Contains(circuits, url => url.Contains("/_blazor", StringComparison.Ordinal));
        Assert.Empty(problems);
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();

        // The server logged the circuit when it opened, and logs its end as soon as the reader leaves (the framework
        // sends a disconnect as the page unloads, as it did for the reload above).
        await page.GotoAsync("/summits");
        await EventuallyAsync(() => CircuitEvents("closed").Any(message => message.StartsWith(IdOf(circuit) + " ", StringComparison.Ordinal)));
        await page.Context.CloseAsync();
    }

    private IReadOnlyList<string> CircuitEvents(string what) =>
        [.. fixture.Site.Log.Messages("BharatBrief.Web.Interactivity.CircuitLog").Where(message => message.Contains($" {what};", StringComparison.Ordinal))];

    /// <summary>"Circuit abc" of "Circuit abc opened; 2 open".</summary>
    private static string IdOf(string message) => message[..message.IndexOf(" opened;", StringComparison.Ordinal)];

    private static int OpenCircuitsIn(string message) =>
        int.Parse(OpenCount().Match(message).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), "the server did not log it within 10 seconds");
    }

    [GeneratedRegex(@"; (\d+) open$")]
    private static partial Regex OpenCount();

    [Fact]
    public async Task Without_script_the_reading_pages_and_the_search_form_work_as_plain_html()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await page.Locator("nav[aria-label=Main] a", new() { HasText = "Timeline" }).ClickAsync();
        await Assertions.Expect(page.Locator("li.summit").First).ToBeVisibleAsync();
        await page.Locator("li.summit h3 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/summits/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("#sources .source").First).ToBeVisibleAsync();

        await page.GotoAsync("/search");
        await page.Locator("#q").FillAsync("S-400");
        await page.Locator("#q").PressAsync("Enter");
        // The plain form sends the order chosen beside the words; links the page makes leave the default out.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=S-400&sort=relevance$"));
        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("S-400");
        await page.Locator("aside.facets a", new() { HasText = "Agreements" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=S-400&kind=agreement$"));
        await Assertions.Expect(page.Locator(".hit h3 a").First).ToHaveAttributeAsync("href", new Regex("^/agreements/"));
        await page.Locator(".hit h3 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements/[a-z0-9-]+$"));
        await context.CloseAsync();
    }
}
