using System.Text.RegularExpressions;
using BharatBrief.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>
/// An editor whose session ends while the brief page is open, in Chromium: demoted by an admin, or signed out in
/// another tab. The page's islands stop and ask them to sign in again within the circuit's revalidation interval.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorSessionTests(BrowserFixture fixture, QuickRevalidationSiteFixture secure) : IClassFixture<QuickRevalidationSiteFixture>
{
    private const string Password = "editor session 2026 password";

    [Fact]
    public async Task An_editor_demoted_while_the_brief_is_open_is_asked_to_sign_in_again()
    {
        var context = await SignedInAsync("demoted-live@example.org");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/editor/briefs/new");
        await page.GetByLabel("Brief (Markdown)").FillAsync("Modi and Putin met in Moscow.");
        await Assertions.Expect(page.Locator(".live-preview article")).ToContainTextAsync("Moscow");

        using (var scope = secure.Site.Services.CreateScope())
        {
            // As the accounts page changes a role.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var account = (await users.FindByEmailAsync("demoted-live@example.org"))!;
            await users.RemoveFromRolesAsync(account, await users.GetRolesAsync(account));
            await users.UpdateSecurityStampAsync(account);
        }

        await Assertions.Expect(page.Locator(".live-preview")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        var notices = page.Locator(".session-ended");
        await Assertions.Expect(notices.First).ToContainTextAsync("Sign in again");
        await Assertions.Expect(notices.First.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }))
            .ToHaveAttributeAsync("href", new Regex("^/account/sign-in\\?ReturnUrl=%2Feditor%2Fbriefs%2Fnew$"));
        await page.GetByLabel("Brief (Markdown)").FillAsync("Typed after the demotion.");
        await page.WaitForTimeoutAsync(1000);
        await Assertions.Expect(page.Locator(".live-preview")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.Screenshots, "editor-session-ended-desktop.png") });
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_editor_who_signs_out_in_another_tab_loses_the_open_page_s_islands()
    {
        var context = await SignedInAsync("signed-out-live@example.org");
        var brief = await context.NewPageAsync();
        await brief.GotoAsync("/editor/briefs/new");
        await brief.GetByLabel("Title").FillAsync("Still open");
        await Assertions.Expect(brief.Locator(".live-preview article h3")).ToHaveTextAsync("Still open");

        var other = await context.NewPageAsync();
        await other.GotoAsync("/editor");
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(other).ToHaveURLAsync(new Regex("/account/sign-in\\?signedOut=true$"));

        await Assertions.Expect(brief.Locator(".session-ended").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(brief.Locator(".live-preview")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }

    private async Task<IBrowserContext> SignedInAsync(string email)
    {
        using (var scope = secure.Site.Services.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, Password, EditorRoles.Editor));
        }
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = secure.Site.Address.ToString().TrimEnd('/'),
            IgnoreHTTPSErrors = true,
            ViewportSize = new() { Width = 1280, Height = 900 },
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

/// <summary>The site over https with circuits revalidating their account every second, so that a test need not wait a minute.</summary>
public sealed class QuickRevalidationSiteFixture : IAsyncLifetime
{
    private const string Setting = "BharatBrief__Editors__RevalidationSeconds";

    public SiteServer Site { get; } = new(https: true);

    public Task InitializeAsync()
    {
        // Read once, when the host is built: the setting is gone again before any other site starts.
        Environment.SetEnvironmentVariable(Setting, "1");
        try
        {
            Site.Start();
        }
        finally
        {
            Environment.SetEnvironmentVariable(Setting, null);
        }
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
