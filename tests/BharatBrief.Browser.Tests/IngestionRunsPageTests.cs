using BharatBrief.Data.Accounts;
using BharatBrief.Worker;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>
/// The editors' page of ingestion runs in Chromium: the captioned table of a pass's runs (one succeeded with a skipped
/// file, one failed feed) is reached and scrolled by keyboard, and axe finds nothing serious on the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IngestionRunsPageTests(BrowserFixture fixture, IngestionRunsSiteFixture secure) : IClassFixture<IngestionRunsSiteFixture>
{
    private const string Password = "ingestion runs 2026 password";

    private const string Caption = "Recent ingestion runs, newest first";

    [Fact]
    public async Task The_captioned_table_is_reached_by_keyboard_and_axe_finds_nothing_serious()
    {
        var context = await SignedInAsync("ingestion-desktop@example.org", width: 1280, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/editor/ingestion");
        var table = page.GetByRole(AriaRole.Table, new() { Name = Caption });
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("caption")).ToHaveTextAsync(Caption);
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(2);

        var region = page.GetByRole(AriaRole.Region, new() { Name = Caption });
        await TabUntilFocusedAsync(page, region);
        await Assertions.Expect(region).ToBeFocusedAsync();
        Assert.NotEqual("none", await region.EvaluateAsync<string>("element => getComputedStyle(element).outlineStyle"));
        await fixture.ShotAsync(page, "ingestion-runs-focused", "desktop");

        var result = await page.RunAxe();

        var serious = result.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_narrow_screen_the_table_scrolls_sideways_from_the_keyboard()
    {
        var context = await SignedInAsync("ingestion-narrow@example.org", width: 390, height: 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/editor/ingestion");
        var region = page.GetByRole(AriaRole.Region, new() { Name = Caption });
        await Assertions.Expect(region).ToBeVisibleAsync();
        Assert.True(await region.EvaluateAsync<bool>("element => element.scrollWidth > element.clientWidth"), "The table fits a narrow screen: nothing to scroll.");

        await TabUntilFocusedAsync(page, region);
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Assertions.Expect(region).ToBeFocusedAsync();
        Assert.True(await region.EvaluateAsync<double>("element => element.scrollLeft") > 0, "Arrow keys did not scroll the table.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page itself scrolls sideways.");
        var result = await page.RunAxe();
        var serious = result.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
        await fixture.ShotAsync(page, "ingestion-runs-scrolled", "narrow");
        await context.CloseAsync();
    }

    /// <summary>Tabs from the top of the page until <paramref name="target"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }
        Assert.Fail("The runs' table was not reached with Tab.");
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Html))}";

    private async Task<IBrowserContext> SignedInAsync(string email, int width, int height)
    {
        using (var scope = secure.Site.Services.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, Password, EditorRoles.Editor));
        }
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = secure.Site.Address.ToString().TrimEnd('/'),
            IgnoreHTTPSErrors = true,
            ViewportSize = new() { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".account-bar")).ToContainTextAsync($"Signed in as {email}");
        await page.CloseAsync();
        return context;
    }
}

/// <summary>The site over https on a store of its own, holding one pass's runs: an inbox with a skipped file, and a feed that cannot be reached.</summary>
public sealed class IngestionRunsSiteFixture : IAsyncLifetime
{
    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "bharatbrief-browser-inbox-" + Guid.NewGuid().ToString("N"));

    public SiteServer Site { get; } = new(https: true);

    public async Task InitializeAsync()
    {
        Site.Start();
        Directory.CreateDirectory(_inbox);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "summit.txt"), """
            Modi and Putin meet in Moscow

            MOSCOW, 9 July 2024 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held the 22nd India-Russia annual summit in Moscow on 8-9 July 2024.
            """);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "weather.txt"), "Rain expected\n\nRain is expected across England on Saturday.\n");
        // Nothing listens on the discard port: a failed run, with its error in the table.
        var options = new IngestionWorkerOptions { InboxPath = _inbox, Feeds = [new() { Url = "http://127.0.0.1:9/feed.xml" }] };
        var pass = await ActivatorUtilities.CreateInstance<IngestionRunner>(Site.Services, options).RunOnceAsync();
        Assert.Equal(2, pass.Runs.Count);
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Directory.Delete(_inbox, recursive: true);
    }
}
