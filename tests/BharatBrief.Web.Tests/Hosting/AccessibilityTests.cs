using AngleSharp.Dom;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>What can be checked in the markup: landmarks, one h1 and no skipped heading level, labelled fields, a skip link, unique ids.</summary>
public sealed class AccessibilityTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<string> Pages() =>
    [
        "/", "/summits", "/summits?status=planned", "/agreements", "/agreements/relos", "/themes", "/themes/energy", "/articles",
        "/search", "/search?q=modi", "/search?q=zzzzzz", "/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_have_landmarks_ordered_headings_labelled_fields_and_a_skip_link(string url)
    {
        using var response = await site.Client.GetAsync(url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(page.Title!);
        var skip = page.Body!.QuerySelectorAll("a, button, input, select").First();
        // The page's own address: under <base href="/"> a bare "#main" would lead to the home page.
        Assert.Equal(url + "#main", skip.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Single(page.QuerySelectorAll("h1"));
        AssertHeadingsInOrder(page);
        Assert.All(page.QuerySelectorAll("input:not([type=hidden]), select"), field => Assert.True(
            page.QuerySelector($"label[for='{field.Id}']") is not null || field.HasAttribute("aria-label"), $"{url}: field {field.Id} has no label"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(page.QuerySelectorAll("img:not([alt])"));
    }

    [Fact]
    public async Task Article_pages_pass_the_same_checks()
    {
        var list = await Html.GetAsync(site.Client, "/articles");
        foreach (var link in list.QuerySelectorAll(".article-list h2 a"))
        {
            var page = await Html.GetAsync(site.Client, link.GetAttribute("href")!);
            Assert.Single(page.QuerySelectorAll("h1"));
            AssertHeadingsInOrder(page);
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    private static void AssertHeadingsInOrder(IDocument page)
    {
        var previous = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.TagName[1] - '0';
            Assert.True(level <= previous + 1, $"<{heading.TagName}> '{heading.Text()}' follows h{previous}");
            previous = level;
        }
    }
}
