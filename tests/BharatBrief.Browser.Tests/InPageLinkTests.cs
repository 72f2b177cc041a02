using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>Links to a place on the page keep the reader on that page, whatever the document's base address.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InPageLinkTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_skip_link_on_a_summit_page_stays_on_that_page()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/summits");
        var summit = await page.Locator("li.summit h3 a").First.GetAttributeAsync("href");
        await page.GotoAsync(summit!);
        await MarkDocumentAsync(page);

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("a.skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal(summit + "#main", PathOf(page) + new Uri(page.Url).Fragment);
        Assert.True(await IsSameDocumentAsync(page), "following the skip link loaded another page");
        await Assertions.Expect(page.Locator("main:target")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_said_in_sentence_link_on_an_article_page_stays_on_that_page_at_the_sentence()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/articles");
        var articles = await page.Locator(".article-list h2 a").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        string? article = null;
        foreach (var href in articles)
        {
            await page.GotoAsync(href);
            if (await page.Locator(".article-facts a[href*='#s-']").CountAsync() > 0)
            {
                article = href;
                break;
            }
        }
        Assert.NotNull(article);
        await MarkDocumentAsync(page);

        var link = page.Locator(".article-facts a[href*='#s-']").Last;
        var fragment = (await link.GetAttributeAsync("href"))!.Split('#')[1];
        await link.ClickAsync();

        Assert.Equal(article, PathOf(page));
        Assert.Equal("#" + fragment, new Uri(page.Url).Fragment);
        Assert.True(await IsSameDocumentAsync(page), "following the sentence link loaded another page");
        var target = page.Locator(":target");
        Assert.Equal(fragment, await target.GetAttributeAsync("id"));
        await Assertions.Expect(target).ToBeInViewportAsync();
    }

    private async Task<IPage> OpenAsync()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Site.Address.ToString().TrimEnd('/'),
            ViewportSize = new() { Width = 1280, Height = 800 },
        });
        return await context.NewPageAsync();
    }

    private static string PathOf(IPage page) => new Uri(page.Url).PathAndQuery;

    /// <summary>A mark on the window that survives a jump within the page and not a load of another.</summary>
    private static Task MarkDocumentAsync(IPage page) => page.EvaluateAsync("() => { window.samePageMark = true; }");

    private static Task<bool> IsSameDocumentAsync(IPage page) => page.EvaluateAsync<bool>("() => window.samePageMark === true");
}
