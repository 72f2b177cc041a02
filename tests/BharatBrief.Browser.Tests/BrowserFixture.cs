using System.Reflection;
using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>
/// One site and one Chromium for all browser tests: Debian's Chromium (BHARATBRIEF_CHROMIUM, default /usr/bin/chromium),
/// headless, with the network features that call other hosts turned off. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SiteServer Site { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where screenshots go: artifacts/test-results/screenshots in the repository.</summary>
    public string Screenshots { get; } = Path.Combine(RepositoryRoot(), "artifacts", "test-results", "screenshots");

    /// <summary>The site's address, as Playwright's base for relative ones.</summary>
    public string BaseAddress => Site.Address.ToString().TrimEnd('/');

    /// <summary>A page of its own browser context at that size, and the console's complaints (errors, policy violations) while it is open.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenWatchedPageAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress,
            ViewportSize = new() { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return (page, problems);
    }

    public Task ShotAsync(IPage page, string step, string device) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{step}-{device}.png"), FullPage = false });

    public async Task InitializeAsync()
    {
        Site.Start();
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("BHARATBRIEF_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Site.DisposeAsync();
    }

    private static string RepositoryRoot() =>
        typeof(BrowserFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
}
