using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>The agreements register sorted and filtered in place over the real circuit, on a phone; and without script.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveRegisterTests(BrowserFixture fixture)
{
    private static readonly (string Cell, string? Label)[] Fields =
    [
        ("col-name", null),
        ("col-kind", "Kind"),
        ("col-status", "Status"),
        ("col-date", "Date"),
        ("col-summit", "Summit"),
        ("col-themes", "Themes"),
        ("col-sources", "Sources"),
    ];

    [Fact]
    public async Task On_a_phone_the_register_sorts_and_filters_in_place_and_shows_every_field_of_a_row()
    {
        var (page, problems) = await fixture.OpenWatchedPageAsync(390, 844);

        await page.GotoAsync("/agreements");
        // The prerendered table is replaced when the circuit starts: sort only once the island says it is live.
        await Assertions.Expect(page.Locator(".live-register[data-live=on]")).ToHaveCountAsync(1);
        await page.EvaluateAsync("() => window.samePage = true");
        var byName = await NamesAsync(page);
        await Assertions.Expect(page.Locator("th.col-name")).ToHaveAttributeAsync("aria-sort", "ascending");

        await page.Locator("th.col-status a").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements\\?sort=status$"));
        await Assertions.Expect(page.Locator("th.col-status")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(page.Locator("th.col-name")).ToHaveAttributeAsync("aria-sort", "none");
        await Assertions.Expect(page.Locator("#register-caption")).ToContainTextAsync("sorted by status (ascending)");
        var byStatus = await NamesAsync(page);
        Assert.NotEqual(byName, byStatus);
        Assert.Equal(byName.Order(), byStatus.Order());
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "sorting loaded another page");

        // Each agreement is a card: every field is on the screen, the phone's width, and named.
        var row = page.Locator("tbody tr[aria-rowindex]").First;
        foreach (var (cell, label) in Fields)
        {
            var field = row.Locator($"td.{cell}");
            await Assertions.Expect(field).ToBeVisibleAsync();
            Assert.False(string.IsNullOrWhiteSpace(await field.InnerTextAsync()), $"{cell} is empty");
            var box = (await field.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"{cell} runs off the phone ({box.X} + {box.Width})");
            if (label is not null)
            {
                Assert.Equal($"\"{label}\"", await field.EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
            }
        }
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "the register is wider than the phone");
        await fixture.ShotAsync(page, "register-live", "phone");

        await page.Locator("#filter-status").SelectOptionAsync("signed");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements\\?status=signed&sort=status$"));
        await Assertions.Expect(page.Locator("p.summary [role=status]")).ToHaveTextAsync(new Regex("^\\d+ agreements? match these filters\\.$"));
        await Assertions.Expect(page.Locator("a[download]")).ToHaveAttributeAsync("href", "/agreements.csv?status=signed&sort=status");
        foreach (var badge in await page.Locator("tbody tr[aria-rowindex] .badge").AllInnerTextsAsync())
        {
            Assert.Equal("Signed", badge);
        }
        var signed = await NamesAsync(page);
        Assert.InRange(signed.Count, 1, byName.Count - 1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "filtering loaded another page");

        // The address holds the view: a reload shows it again, rendered by the server.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#filter-status")).ToHaveValueAsync("signed");
        await Assertions.Expect(page.Locator("th.col-status")).ToHaveAttributeAsync("aria-sort", "ascending");
        Assert.Equal(signed, await NamesAsync(page));

        Assert.Empty(problems);
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_script_the_register_sorts_by_links_and_filters_by_its_form()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.BaseAddress,
            JavaScriptEnabled = false,
            ViewportSize = new() { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/agreements");
        var byName = await NamesAsync(page);
        await page.Locator("th.col-status a").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements\\?sort=status$"));
        await Assertions.Expect(page.Locator("th.col-status")).ToHaveAttributeAsync("aria-sort", "ascending");
        Assert.Equal(byName.Order(), (await NamesAsync(page)).Order());

        await page.Locator("#filter-status").SelectOptionAsync("signed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements\\?.*status=signed.*&sort=status"));
        await Assertions.Expect(page.Locator("p.summary [role=status]")).ToHaveTextAsync(new Regex("match these filters"));
        Assert.InRange((await NamesAsync(page)).Count, 1, byName.Count - 1);
        await Assertions.Expect(page.Locator("tbody tr[aria-rowindex] td.col-kind").First).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    private static async Task<List<string>> NamesAsync(IPage page) =>
        [.. (await page.Locator("tbody tr[aria-rowindex] td.col-name > a").AllInnerTextsAsync()).Select(name => name.Trim())];
}
