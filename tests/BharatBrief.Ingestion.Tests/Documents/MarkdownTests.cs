using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class MarkdownTests
{
    private static ArticleDocument Parse(string markdown) => DocumentParser.Parse(markdown, ArticleFormat.Markdown);

    [Fact]
    public void Atx_and_setext_headings_are_headings()
    {
        var document = Parse("# Brief\n\nIntro text.\n\n## Energy ##\n\nOil.\n\nDefence\n-------\n\nArms.\n\nTrade\n===\n\nGoods.\n");

        Assert.Equal(["Energy", "Defence", "Trade"], document.OfKind(BlockKind.Heading).Select(block => block.Text));
    }

    [Fact]
    public void Paragraphs_join_across_soft_line_breaks()
    {
        var document = Parse("The two leaders met\nin Moscow on Monday\nand talked for hours.\n\nA second paragraph.");

        Assert.Equal("The two leaders met in Moscow on Monday and talked for hours.", document.Blocks[0].Text);
        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public void Lists_of_every_marker_are_list_items()
    {
        var document = Parse("Intro.\n\n- one\n* two\n+ three\n\n1. first\n2) second\n   continued\n");

        var items = document.OfKind(BlockKind.ListItem).ToList();
        Assert.Equal(["one", "two", "three", "first", "second continued"], items.Select(item => item.Text));
        Assert.Equal([null, null, null, 1, 2], items.Select(item => item.ListOrdinal));
    }

    [Fact]
    public void Inline_markup_is_stripped_from_text()
    {
        var document = Parse("Intro.\n\nA **bold** and *em* and _em_ and `code` and [label](https://x.org \"t\") and ![alt](pic.png) and <https://kremlin.ru> and ~~old~~ and snake_case and 5 * 3.\n");

        Assert.Equal("A bold and em and em and code and label and and https://kremlin.ru and old and snake_case and 5 * 3.", document.Blocks[1].Text);
    }

    [Fact]
    public void Escapes_and_entities_read_as_characters()
    {
        var document = Parse("Intro.\n\nRates \\*fell\\* by 2% &amp; Rs&nbsp;500 &mdash; &lt;b&gt; stays escaped.\n");

        Assert.Equal("Rates *fell* by 2% & Rs 500 — &lt;b&gt; stays escaped.", document.Blocks[1].Text);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<img src=\"x\" onerror=\"alert('>')\">")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("\\<script>alert(1)\\</script>")]
    [InlineData("`<script>alert(1)</script>`")]
    [InlineData("<SCRIPT type=\"text/javascript\">\nalert(1)\n</SCRIPT>")]
    [InlineData("<!-- <script>alert(1)</script> -->")]
    [InlineData("<style>body{display:none}</style>")]
    public void Hostile_html_never_reaches_any_text(string html)
    {
        var document = Parse($"# Brief\n\nSafe text before {html} and after.\n\n{html}\n\n| Key | {html.Replace("\n", " ", StringComparison.Ordinal)} |\n");

        foreach (var text in document.Blocks.Select(block => block.Text).Concat(document.Sentences.Select(sentence => sentence.Text)).Append(document.Title))
        {
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<a ", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("alert(1)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains(document.Blocks, block => block.Text.StartsWith("Safe text before", StringComparison.Ordinal) && block.Text.EndsWith("and after.", StringComparison.Ordinal));
    }

    [Fact]
    public void Fenced_code_is_not_text()
    {
        var document = Parse("Intro.\n\n```csharp\nvar x = \"Modi met Putin.\";\n```\n\n~~~\nmore code\n~~~\n\nAfter.\n");

        Assert.Equal(["Intro.", "After."], document.Blocks.Select(block => block.Text));
        Assert.DoesNotContain(document.Sentences, sentence => sentence.Text.Contains("var x", StringComparison.Ordinal));
    }

    [Fact]
    public void Thematic_breaks_and_link_definitions_are_not_text()
    {
        var document = Parse("Intro.\n\n***\n\n[kremlin]: https://kremlin.ru\n\nSee [the Kremlin][kremlin].\n");

        Assert.Equal(["Intro.", "See the Kremlin."], document.Blocks.Select(block => block.Text));
    }

    [Fact]
    public void A_wholly_bold_line_is_a_heading()
    {
        var document = Parse("Intro paragraph.\n\n**Key takeaways**\n\nThe partnership holds.\n");

        Assert.Equal(BlockKind.Heading, document.BlockStarting("Key takeaways").Kind);
    }

    [Fact]
    public void A_markdown_table_gives_facts_with_the_heading_as_caption()
    {
        var document = Parse("# Brief\n\nLede here.\n\n## Fact Box\n\n| Topic | Key Details |\n|---|---|\n| Leaders | Putin & Modi |\n| Venue | Hyderabad House |\n");

        Assert.Equal(["Leaders", "Venue"], document.Facts.Select(fact => fact.Key));
        Assert.All(document.Facts, fact => Assert.Equal("Fact Box", fact.Caption));
    }

    [Fact]
    public void Leading_emoji_are_removed_from_markdown_headings()
    {
        var document = Parse("Intro.\n\n## 🧭 What’s Next?\n\nMore talks.\n");

        Assert.Equal("What’s Next?", document.OfKind(BlockKind.Heading).Single().Text);
    }

    [Fact]
    public void Indented_code_footnote_references_and_trailing_emoji_are_not_text()
    {
        var document = Parse("# The RELOS Pact 🧭\n\nText with a footnote[^1].\n\n    var code = 1;\n\n[^1]: The footnote.\n");

        Assert.Equal("The RELOS Pact", document.Title);
        Assert.Equal(["The RELOS Pact", "Text with a footnote."], document.Blocks.Select(block => block.Text));
    }

    [Fact]
    public void A_script_left_open_across_lines_is_skipped_up_to_its_end()
    {
        var document = Parse("Intro.\n\nBefore <script>\nalert(1)\n</script> after.\n");

        Assert.Equal("Before after.", document.Blocks[1].Text);
    }

    [Theory]
    [InlineData("brief.md", "Modi meets Putin\n\nThey met.", ArticleFormat.Markdown)]
    [InlineData("brief.txt", "# Explainer: Putin's Delhi trip\n\nThey met.\n\n## Defence\n\n- RELOS", ArticleFormat.Markdown)]
    [InlineData("story.txt", "Modi meets Putin\n\n#IndiaRussia trends as they meet.", ArticleFormat.PlainText)]
    public void A_text_file_written_in_markdown_is_read_as_markdown(string fileName, string text, ArticleFormat expected)
    {
        Assert.Equal(expected, ArticleSource.FromFile(fileName, text).Format);
    }
}
