using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>The summit timeline's island over the real circuit: zoom, keys, details, live filters; on a phone; and without script.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Filters_apply_in_place_the_axis_zooms_the_arrow_keys_walk_the_summits_and_Enter_opens_one()
    {
        var (page, problems) = await fixture.OpenWatchedPageAsync(1280, 800);

        await page.GotoAsync("/summits");
        // The prerendered page is taken over when the circuit starts: act only once the island says it is live.
        await Assertions.Expect(page.Locator(".live-timeline[data-live=on]")).ToHaveCountAsync(1);
        await page.EvaluateAsync("() => window.samePage = true");

        await page.Locator("#filter-status").SelectOptionAsync("planned");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/summits\\?status=planned$"));
        await Assertions.Expect(page.Locator(".summary [role=status]")).ToHaveTextAsync(new Regex("^\\d+ summits? match(es)? these filters\\.$"));
        await Assertions.Expect(page.Locator("svg a.mark:not(.status-planned)")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("li.summit:not(.status-planned)")).ToHaveCountAsync(0);
        await page.Locator("form.filters a", new() { HasText = "Clear filters" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/summits$"));
        await Assertions.Expect(page.Locator("#filter-status")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("svg a.mark.status-held").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "a filter loaded another page");

        await page.Locator("button.zoom-in").ClickAsync();
        await Assertions.Expect(page.Locator(".zoom-level")).ToHaveTextAsync("Years");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/summits\\?zoom=years&at=\\d{4}-\\d{2}-\\d{2}$"));
        await fixture.ShotAsync(page, "timeline-axis", "desktop");

        // One tab stop for the markers; the arrows move from one summit to the next, focus and details with them.
        var first = page.Locator("svg a.mark[tabindex='0']");
        await first.FocusAsync();
        var firstName = await first.GetAttributeAsync("aria-label");
        await page.Keyboard.PressAsync("ArrowRight");
        var second = page.Locator("svg a.mark[aria-current=true]");
        await Assertions.Expect(second).ToBeFocusedAsync();
        var secondName = await second.GetAttributeAsync("aria-label");
        Assert.NotEqual(firstName, secondName);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("&summit=[a-z0-9-]+$"));
        var chosen = new Uri(page.Url).Query.Split("summit=")[1];
        await Assertions.Expect(page.Locator(".timeline-details a.open")).ToHaveAttributeAsync("href", $"/summits/{chosen}");
        await Assertions.Expect(page.Locator(".timeline-details h2")).ToHaveTextAsync(secondName!.Split(": ")[0]);
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(page.Locator("svg a.mark[aria-current=true]")).ToHaveAttributeAsync("aria-label", firstName!);
        await Assertions.Expect(page.Locator("svg a.mark[aria-current=true]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("svg a.mark[aria-current=true]")).ToHaveAttributeAsync("aria-label", secondName);
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "the keys loaded another page");

        // The address holds the view: a reload shows it again, rendered by the server.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".live-timeline[data-live=on]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".zoom-level")).ToHaveTextAsync("Years");
        await Assertions.Expect(page.Locator("svg a.mark[aria-current=true]")).ToHaveAttributeAsync("aria-label", secondName);

        await page.Locator("svg a.mark[aria-current=true]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/summits/{Regex.Escape(chosen)}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_axis_scrolls_within_itself_with_labels_kept_readable()
    {
        var (page, problems) = await fixture.OpenWatchedPageAsync(390, 844);

        await page.GotoAsync("/summits");
        await Assertions.Expect(page.Locator(".live-timeline[data-live=on]")).ToHaveCountAsync(1);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone");
        Assert.True(await page.EvaluateAsync<bool>("() => { const s = document.querySelector('.axis-scroll'); return s.scrollWidth > s.clientWidth; }"),
            "the axis scrolls within itself");
        var labelHeight = await page.EvaluateAsync<double>("() => document.querySelector('.tick-label text').getBoundingClientRect().height");
        Assert.True(labelHeight >= 11, $"tick labels are {labelHeight}px high");
        foreach (var control in new[] { "button.zoom-in", "button.zoom-out, span.zoom-out" })
        {
            var height = await page.Locator(control).First.EvaluateAsync<double>("element => element.getBoundingClientRect().height");
            Assert.True(height >= 40, $"{control} is {height}px high");
        }

        await page.Locator("svg a.mark[tabindex='0']").FocusAsync();
        await page.Keyboard.PressAsync("End");
        var last = page.Locator("svg a.mark[aria-current=true]");
        await Assertions.Expect(last).ToBeFocusedAsync();
        await Assertions.Expect(last).ToBeInViewportAsync();
        await fixture.ShotAsync(page, "timeline-axis", "phone");
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_first_screen_shows_the_timeline_and_the_filters_wait_behind_a_disclosure_that_says_which_apply()
    {
        var (page, problems) = await fixture.OpenWatchedPageAsync(390, 844);

        await page.GotoAsync("/summits?status=held");
        await Assertions.Expect(page.Locator(".live-timeline[data-live=on]")).ToHaveCountAsync(1);

        var disclosure = page.Locator("details.filter-disclosure > summary");
        await Assertions.Expect(disclosure).ToBeVisibleAsync();
        await Assertions.Expect(disclosure).ToHaveTextAsync(new Regex("^Filters\\s+Held$"));
        foreach (var field in new[] { "#filter-from", "#filter-to", "#filter-kind", "#filter-status", "#filter-theme", "#filter-city" })
        {
            await Assertions.Expect(page.Locator(field)).ToBeHiddenAsync();
        }
        await fixture.ShotAsync(page, "timeline-filters-folded", "phone");
        var folded = await disclosure.EvaluateAsync<double>("summary => summary.closest('details').getBoundingClientRect().height");
        Assert.True(folded <= 60, $"the folded filters take {folded:0}px");
        var axisTop = await page.Locator(".timeline-axis").EvaluateAsync<double>("axis => axis.getBoundingClientRect().top");
        Assert.True(axisTop < 844 * 0.75, $"the timeline starts {axisTop:0}px down a 844px screen");
        await Assertions.Expect(page.Locator("svg a.mark").First).ToBeInViewportAsync();

        // From the keyboard: the disclosure opens with Enter, and a choice made in it says itself in the line.
        await disclosure.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#filter-status")).ToBeVisibleAsync();
        await page.Locator("#filter-kind").SelectOptionAsync("annual-summit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=annual-summit"));
        await Assertions.Expect(disclosure).ToHaveTextAsync(new Regex("^Filters\\s+Annual summit · Held$"));
        await Assertions.Expect(page.Locator("#filter-status")).ToBeVisibleAsync();
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_filters_stand_open_without_a_disclosure()
    {
        var (page, problems) = await fixture.OpenWatchedPageAsync(1280, 800);

        await page.GotoAsync("/summits");

        await Assertions.Expect(page.Locator("details.filter-disclosure > summary")).ToBeHiddenAsync();
        foreach (var field in new[] { "#filter-from", "#filter-to", "#filter-kind", "#filter-status", "#filter-theme", "#filter-city" })
        {
            await Assertions.Expect(page.Locator(field)).ToBeVisibleAsync();
        }
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_script_on_a_phone_the_filters_open_from_their_disclosure()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.BaseAddress, JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/summits");
        await Assertions.Expect(page.Locator("details.filter-disclosure > summary")).ToHaveTextAsync(new Regex("^Filters\\s+all summits$"));
        await Assertions.Expect(page.Locator("#filter-status")).ToBeHiddenAsync();
        await page.Locator("details.filter-disclosure > summary").ClickAsync();
        await page.Locator("#filter-status").SelectOptionAsync("held");
        await page.Locator("form.filters button[type=submit]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/summits\\?.*status=held"));
        await Assertions.Expect(page.Locator("details.filter-disclosure > summary")).ToHaveTextAsync(new Regex("^Filters\\s+Held$"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_script_the_filters_the_axis_and_the_list_work_as_plain_html()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseAddress, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/summits");
        await page.Locator("#filter-status").SelectOptionAsync("held");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/summits\\?.*status=held"));
        await Assertions.Expect(page.Locator("li.summit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("li.summit:not(.status-held)")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("svg a.mark:not(.status-held)")).ToHaveCountAsync(0);

        await page.Locator("a.zoom-in").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("zoom=years"));
        await Assertions.Expect(page.Locator(".zoom-level")).ToHaveTextAsync("Years");
        await page.Locator("a.zoom-out").ClickAsync();
        await Assertions.Expect(page.Locator(".zoom-level")).ToHaveTextAsync("Decades");

        await page.Locator("svg a.mark").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/summits/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("#sources .source").First).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
