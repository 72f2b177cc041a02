using AngleSharp.Dom;
using BharatBrief.Data.Entities;
using BharatBrief.Web.Components.Pages.Articles;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Components;

public sealed class ArticleBodyTests
{
    // Offsets below are into this text; the outline says where blocks and sentences are, as the pipeline stores it.
    private const string Body =
        "# Modi meets Putin\n\n" +                                        // 0..18 title (sentence at 2..18)
        "MOSCOW - Modi met Putin at Novo-Ogaryovo. They talked.\n\n" +   // 20..74 lede
        "## The **RELOS** pact\n\n" +                                     // 76..96 heading
        "- Energy: oil and gas\n" +                                       // 98..118 list item
        "- [Defence](https://example.org): RELOS\n\n" +                   // 120..158 list item
        "| Leaders | Vladimir Putin |\n";                                 // 160..187 table row

    [Fact]
    public async Task Every_sentence_is_an_anchor_in_its_block()
    {
        var page = await RenderAsync();

        Assert.Equal("Modi meets Putin", page.One("#s-0").Text());
        Assert.Equal("p", page.One("#s-1").ParentElement!.LocalName);
        Assert.Contains("lede", page.One("#s-1").ParentElement!.ClassName);
        Assert.Equal("They talked.", page.One("#s-2").Text());
        Assert.Equal("h2", page.One("#s-3").ParentElement!.LocalName);
        Assert.Equal(2, page.QuerySelectorAll("ul > li").Length);
        Assert.Equal("tr", page.One("#s-6").LocalName);
    }

    [Fact]
    public async Task Names_are_highlighted_and_linked_where_the_pipeline_found_them()
    {
        var page = await RenderAsync();

        var putin = page.One("#s-1 a.entity.person");
        Assert.Equal("Putin", putin.TextContent);
        Assert.Equal("/search?q=%22Vladimir%20Putin%22", putin.GetAttribute("href"));
        Assert.Equal("Novo-Ogaryovo", page.One("#s-1 a.entity.venue").TextContent);
        Assert.Equal("MOSCOW -", page.One("#s-1 .dateline").TextContent.Trim());
        Assert.Equal("/agreements/relos", page.One("#s-5 a.agreement").GetAttribute("href"));
        Assert.Equal("/summits/moscow-2024-07", page.One("a.fact-link.summit").GetAttribute("href"));
        Assert.Contains("evidence", page.One("#s-1").ClassName);
    }

    [Fact]
    public async Task Markdown_markers_are_hidden_and_never_become_markup()
    {
        var page = await RenderAsync();

        Assert.Equal("The RELOS pact", page.One("#s-3").Text());
        Assert.Equal("Defence: RELOS", page.One("#s-5").Text());
        Assert.Empty(page.QuerySelectorAll("strong, a[href^='https://example.org']"));
    }

    [Fact]
    public async Task Table_rows_become_cells_split_at_the_bars()
    {
        var page = await RenderAsync();

        var cells = page.QuerySelectorAll("table.fact-box tr#s-6 td");
        Assert.Equal(["Leaders", "Vladimir Putin"], cells.Select(td => td.Text()));
        Assert.Equal("entity person", cells[1].One("a").ClassName);
    }

    private static async Task<IDocument> RenderAsync()
    {
        var outline = new ArticleOutline(
            [
                new OutlineBlock("title", 0, 18, -1, null),
                new OutlineBlock("lede", 20, 54, -1, null),
                new OutlineBlock("heading", 76, 21, 2, null),
                new OutlineBlock("list-item", 98, 21, 2, null),
                new OutlineBlock("list-item", 120, 39, 2, null),
                new OutlineBlock("table-row", 160, 27, 2, null),
            ],
            [
                Sentence(0, "Modi meets Putin"),
                Sentence(1, "MOSCOW - Modi met Putin at Novo-Ogaryovo."),
                Sentence(1, "They talked."),
                Sentence(2, "The **RELOS** pact"),
                Sentence(3, "Energy: oil and gas"),
                Sentence(4, "[Defence](https://example.org): RELOS"),
                Sentence(5, "Leaders | Vladimir Putin"),
            ],
            new OutlineSpan(20, 8));
        BodyHighlight[] highlights =
        [
            new(At("Putin at"), 5, "entity person", "/search?q=%22Vladimir%20Putin%22", "Person: Vladimir Putin"),
            new(At("Novo-Ogaryovo"), 13, "entity venue", "/search?q=%22Novo-Ogaryovo%22", "Venue: Novo-Ogaryovo"),
            new(At("Vladimir Putin |"), 14, "entity person", "/search?q=%22Vladimir%20Putin%22", "Person: Vladimir Putin"),
            new(At(": RELOS") + 2, 5, "agreement", "/agreements/relos", "Agreement: RELOS"),
            new(20, 8, "dateline", null, null),
        ];
        var facts = new Dictionary<int, List<FactLink>> { [1] = [new FactLink("22nd India–Russia Annual Summit", "/summits/moscow-2024-07", "summit")] };
        var (title, blocks) = ArticleBodyPlan.Build(Body, outline, markdown: true, highlights, facts, new HashSet<int> { 1, 5 });

        var heading = await ComponentRenderer.RenderAsync<ArticleTitle>(new() { ["Sentences"] = title, ["Fallback"] = "unused" });
        var body = await ComponentRenderer.RenderAsync<ArticleBody>(new() { ["Blocks"] = blocks });
        return Html.Parse(heading.Body!.InnerHtml + body.Body!.InnerHtml);
    }

    private static OutlineSentence Sentence(int block, string text) => new(block, At(text), text.Length);

    private static int At(string text)
    {
        var at = Body.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, text);
        return at;
    }
}
