using System.Text.RegularExpressions;
using BharatBrief.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>
/// An editor's path in Chromium at phone and desktop widths: sign in, write a brief about a planned summit, preview it,
/// publish it, find it on the timeline, in the register and in search, take it off the record again, sign out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EditorFlowTests(BrowserFixture fixture, SecureSiteFixture secure) : IClassFixture<SecureSiteFixture>
{
    private const float StoreWriteTimeout = 30_000;

    private const string Password = "editor flow 2026 password";
    private const string Title = "Modi and Putin to meet in Moscow on Victory Day";
    private const string Body = "Modi and Putin will meet in Moscow on 9 May 2026; the two sides are expected to sign an agreement on Arctic shipping.";

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task An_editor_publishes_a_brief_about_a_planned_summit_and_readers_find_it(string device, int width, int height)
    {
        var email = $"{device}-editor@example.org";
        await CreateEditorAsync(email);
        var page = await OpenAsync(width, height);

        await page.GotoAsync("/editor/briefs/new");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Feditor%2Fbriefs%2Fnew$"));
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await ShotAsync(page, "editor-sign-in", device);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/editor/briefs/new$"));
        await Assertions.Expect(page.Locator(".account-bar")).ToContainTextAsync($"Signed in as {email}");

        await page.GetByLabel("Title").FillAsync(Title);
        await page.GetByLabel("Brief (Markdown)").FillAsync(Body);
        // The live preview follows the typing (its circuit starts with the page) before anything is sent.
        await Assertions.Expect(page.Locator(".live-preview article h3")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.Locator(".live-preview article")).ToContainTextAsync("Arctic shipping");
        // Dated before the meeting, so that the brief announces it: the summit is planned as of the brief.
        await page.GetByLabel("Published on (optional)").FillAsync("2026-04-20");
        // The live preview also shows what the pipeline reads, once the typing pauses: the meeting, planned as of the date.
        var liveSummit = page.Locator(".live-extraction .extracted.summits li");
        await Assertions.Expect(liveSummit).ToHaveCountAsync(1, new() { Timeout = StoreWriteTimeout });
        await Assertions.Expect(liveSummit).ToContainTextAsync("Planned");
        await Assertions.Expect(liveSummit).ToContainTextAsync("Moscow");
        await Assertions.Expect(page.Locator(".live-extraction .extracted.agreements li").Filter(new() { HasText = "Arctic shipping" })).ToHaveCountAsync(1);
        await page.Locator(".live-extraction").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "editor-live-extraction", device);
        // Typing is kept as the editor's draft two seconds after it stops.
        await Assertions.Expect(page.Locator(".autosave-status")).ToContainTextAsync(new Regex("Draft saved \\d\\d:\\d\\d"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var summit = page.Locator(".brief-preview .extracted.summits li");
        await Assertions.Expect(summit).ToHaveCountAsync(1);
        await Assertions.Expect(summit).ToContainTextAsync("Planned");
        await Assertions.Expect(summit).ToContainTextAsync("Moscow");
        await Assertions.Expect(summit).ToContainTextAsync("9 May 2026");
        await Assertions.Expect(page.Locator(".brief-preview .extracted.agreements li").Filter(new() { HasText = "Arctic shipping" })).ToHaveCountAsync(1);
        await page.Locator(".brief-preview").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "editor-preview", device);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/editor/briefs/\\d+\\?done=published$"));
        await Assertions.Expect(page.Locator(".form-notice")).ToContainTextAsync("Published");
        var editAddress = page.Url.Split('?')[0];
        await ShotAsync(page, "editor-published", device);

        await page.GotoAsync("/summits");
        // The timeline's island replaces the prerendered page when its circuit starts: read it once it is live.
        await Assertions.Expect(page.Locator(".live-timeline[data-live=on]")).ToHaveCountAsync(1);
        var planned = page.Locator("li.summit").Filter(new() { Has = page.Locator("time[datetime='2026-05-09']") });
        await Assertions.Expect(planned).ToHaveCountAsync(1);
        await Assertions.Expect(planned).ToContainTextAsync("Moscow");
        await Assertions.Expect(planned).ToContainTextAsync("Planned");
        await LiveIslands.ScrollToAsync(planned);
        await ShotAsync(page, "editor-timeline", device);

        await page.GotoAsync("/agreements");
        // As the timeline's, the register's island replaces the prerendered table when its circuit starts.
        await Assertions.Expect(page.Locator(".live-register[data-live=on]")).ToHaveCountAsync(1);
        var agreement = page.Locator("table.register tbody tr").Filter(new() { HasText = "Arctic shipping" });
        await Assertions.Expect(agreement).ToHaveCountAsync(1);
        await LiveIslands.ScrollToAsync(agreement);
        await ShotAsync(page, "editor-register", device);

        await page.Locator("#site-q").FillAsync("Arctic shipping");
        await page.Locator("#site-q").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Title })).ToHaveCountAsync(1);
        await ShotAsync(page, "editor-search", device);

        // Off the record again, so that the other width starts from the same store.
        await page.GotoAsync(editAddress);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unpublish" }).ClickAsync();
        // Unpublishing merges the store again before it answers: on a busy machine that outlasts the default five seconds.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("\\?done=unpublished$"), new() { Timeout = StoreWriteTimeout });
        await Assertions.Expect(page.Locator(".form-notice")).ToContainTextAsync("Taken off the record");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?signedOut=true$"));
        foreach (var path in new[] { "/editor", "/editor/briefs/new", "/admin/users" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl="));
        }
        await ShotAsync(page, "editor-signed-out", device);
    }

    [Fact]
    public async Task Two_editors_on_one_brief_hear_of_each_other_s_saves_as_they_type_and_keep_their_drafts()
    {
        await CreateEditorAsync("anna-two@example.org");
        await CreateEditorAsync("boris-two@example.org");
        var (anna, annaProblems) = await SignedInAsync("anna-two@example.org");
        var (boris, borisProblems) = await SignedInAsync("boris-two@example.org");

        await anna.GotoAsync("/editor/briefs/new");
        await anna.GetByLabel("Title").FillAsync("Arctic shipping talks");
        await anna.GetByLabel("Brief (Markdown)").FillAsync(Body);
        await anna.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(anna).ToHaveURLAsync(new Regex("/editor/briefs/\\d+\\?done=created$"));
        var address = anna.Url.Split('?')[0];

        // Boris opens the brief and starts typing; his live preview and autosave start with the page.
        await boris.GotoAsync(address);
        await boris.GetByLabel("Brief (Markdown)").FillAsync(Body + " Boris adds a line about the Northern Sea Route.");
        await Assertions.Expect(boris.Locator(".autosave-status")).ToContainTextAsync("Draft saved", new() { Timeout = StoreWriteTimeout });

        // Anna saves: Boris is told at once, without reloading or saving.
        await anna.GetByLabel("Title").FillAsync("Arctic shipping talks in Moscow");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(anna).ToHaveURLAsync(new Regex("\\?done=saved$"));
        var notice = boris.Locator(".saved-meanwhile");
        await Assertions.Expect(notice.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Another editor saved this brief");
        await Assertions.Expect(notice).ToContainTextAsync("anna-two@example.org saved version 2");
        await notice.GetByRole(AriaRole.Button, new() { Name = "Show their version" }).ClickAsync();
        await Assertions.Expect(notice.Locator(".their-title")).ToHaveTextAsync("Arctic shipping talks in Moscow");
        await ShotAsync(boris, "editor-saved-meanwhile", "desktop");

        // Reloading brings his draft back, next to the news that it started from an older version.
        await boris.ReloadAsync();
        await Assertions.Expect(boris.Locator(".restored-draft")).ToContainTextAsync("anna-two@example.org has saved version 2 since");
        await Assertions.Expect(boris.GetByLabel("Brief (Markdown)")).ToHaveValueAsync(new Regex("Northern Sea Route"));
        await Assertions.Expect(boris.GetByLabel("Title")).ToHaveValueAsync("Arctic shipping talks");

        // Saving it still goes through the version check: a conflict that shows Anna's change and loses nothing.
        await boris.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(boris.Locator(".conflict h2").First).ToHaveTextAsync("Another editor saved first");
        await Assertions.Expect(boris.GetByLabel("Brief (Markdown)")).ToHaveValueAsync(new Regex("Northern Sea Route"));

        Assert.Empty(annaProblems);
        Assert.Empty(borisProblems);
    }

    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(string email)
    {
        var page = await OpenAsync(1280, 900);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".account-bar")).ToContainTextAsync($"Signed in as {email}");
        return (page, problems);
    }

    private async Task CreateEditorAsync(string email)
    {
        using var scope = secure.Site.Services.CreateScope();
        var problems = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, Password, EditorRoles.Editor);
        Assert.Empty(problems);
    }

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = secure.Site.Address.ToString().TrimEnd('/'),
            IgnoreHTTPSErrors = true,
            ViewportSize = new() { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    private async Task ShotAsync(IPage page, string step, string device) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.Screenshots, $"{step}-{device}.png"), FullPage = false });
}
