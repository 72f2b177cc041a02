using AngleSharp.Dom;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Editing;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Hostile Markdown never reaches a page as script, handler attributes or dangerous addresses: not in the preview, not on the reader's page.</summary>
public sealed class HostileMarkdownTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    public static TheoryData<string> Hostile() => [.. Inputs];

    private static readonly string[] Inputs =
    [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x]( javascript:alert(1))",
        "[x](<java script:alert(1)>)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x](data:text/html,<script>alert(1)</script>)",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
        "[x](vbscript:msgbox)",
        "[x](file:///etc/passwd)",
        "[x](//evil.example/x)",
        "[x](/\\evil.example/x)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox>",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "![x][img]\n\n[img]: data:image/png;base64,AAAA",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)></iframe>",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void The_renderer_writes_nothing_active(string markdown) => AssertHarmless(Html.Parse(BriefMarkdown.ToHtml(markdown)).Body!);

    [Theory]
    [InlineData("[site](https://example.org/a)", "https://example.org/a")]
    [InlineData("[mail](mailto:desk@example.org)", "mailto:desk@example.org")]
    [InlineData("[timeline](/summits)", "/summits")]
    [InlineData("[same page](#s-2)", "#s-2")]
    public void Safe_links_are_kept(string markdown, string href) =>
        Assert.Equal(href, Html.Parse(BriefMarkdown.ToHtml(markdown)).One("a").GetAttribute("href"));

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_preview_shows_hostile_input_as_harmless_text(string markdown)
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, $"hostile-{Guid.NewGuid():N}@example.org", EditorRoles.Editor);

        using var response = await Briefs.PressAsync(editor, "/editor/briefs/new", "preview", Briefs.Fields("Hostile", Briefs.ArcticBody + "\n\n" + markdown));

        var page = await EditorClient.ReadAsync(response);
        AssertHarmless(page.One(".brief-preview .markdown"));
        AssertPageHarmless(page);
    }

    [Fact]
    public async Task A_published_brief_full_of_hostile_input_is_harmless_on_the_readers_page()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "hostile-publisher@example.org", EditorRoles.Editor);
        var body = Briefs.ArcticBody + "\n\n" + string.Join("\n\n", Inputs);

        await Briefs.CreateAsync(editor, Briefs.Fields("Hostile brief on Moscow talks", body, "2026-04-20"));

        var slug = await site.Factory.ReadAsync(db => db.Articles.Where(a => a.BriefId != null).Select(a => a.Slug).SingleAsync());
        using var reader = EditorClient.Anonymous(site.Factory);
        var page = await reader.GetAsync($"/articles/{slug}");
        Assert.Contains("Arctic shipping", page.One(".article-body").Text(), StringComparison.Ordinal);
        AssertPageHarmless(page);
    }

    private static void AssertHarmless(IElement root)
    {
        Assert.Empty(root.QuerySelectorAll("script, iframe, object, embed, svg, img[onerror], style"));
        AssertNoActiveAttributes(root.QuerySelectorAll("*"));
    }

    /// <summary>
    /// The only scripts of any page are the site's own files (its module, and on a page with a live island the framework's
    /// script and the island's modules); no element anywhere has a handler or a dangerous address.
    /// </summary>
    private static void AssertPageHarmless(IDocument page)
    {
        string[] ours = ["js/site.", "js/islands.", "_framework/blazor.web.", "Components/Shared/ReconnectNotice."];
        // Structured data is JSON no browser runs, in the head, with every '<' escaped: the brief's words cannot end it.
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), data =>
        {
            Assert.Equal("HEAD", data.ParentElement?.TagName);
            Assert.DoesNotContain("<", data.InnerHtml, StringComparison.Ordinal);
            System.Text.Json.JsonDocument.Parse(data.TextContent).Dispose();
        });
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script =>
        {
            Assert.Contains(ours, prefix => (script.GetAttribute("src") ?? "").StartsWith(prefix, StringComparison.Ordinal));
            Assert.Equal("", script.TextContent.Trim());
        });
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, img[onerror]"));
        AssertNoActiveAttributes(page.QuerySelectorAll("*"));
    }

    private static void AssertNoActiveAttributes(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    var squashed = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    Assert.False(squashed.StartsWith("javascript:", StringComparison.Ordinal) || squashed.StartsWith("vbscript:", StringComparison.Ordinal)
                        || squashed.StartsWith("data:", StringComparison.Ordinal) || squashed.StartsWith("file:", StringComparison.Ordinal)
                        || squashed.StartsWith("//", StringComparison.Ordinal) || squashed.StartsWith("/\\", StringComparison.Ordinal),
                        $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }
    }
}
