using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class TableOfContentsTests
{
    [Fact]
    public void Seed_001_table_of_contents_is_not_read_as_body_twice()
    {
        var document = Seeds.Parse(Seeds.Talks);

        Assert.Equal(9, document.TableOfContents.Count);
        Assert.Equal("India’s Strategic Autonomy on Display", document.TableOfContents[0]);
        Assert.Equal("Conclusion: A Strategic Bond Strengthened by Necessity and Opportunity", document.TableOfContents[^1]);
        foreach (var entry in document.TableOfContents)
        {
            var block = Assert.Single(document.Blocks, block => block.Text == entry);
            Assert.Equal(BlockKind.Heading, block.Kind);
        }
    }

    [Fact]
    public void Seed_003_table_of_contents_has_six_entries_each_a_heading_once()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        Assert.Equal(6, document.TableOfContents.Count);
        Assert.Equal("A New Chapter in India–Russia Relations Begins", document.TableOfContents[0]);
        foreach (var entry in document.TableOfContents)
        {
            Assert.Equal(BlockKind.Heading, Assert.Single(document.Blocks, block => block.Text == entry).Kind);
        }
    }

    [Fact]
    public void Table_of_contents_lines_produce_no_blocks_or_sentences()
    {
        var document = Seeds.Parse(Seeds.Talks);
        var tocStart = document.Text.IndexOf("- India’s Strategic Autonomy on Display", StringComparison.Ordinal);

        Assert.DoesNotContain(document.Blocks, block => block.Span.Start == tocStart);
        Assert.DoesNotContain(document.Sentences, sentence => sentence.Span.Start <= tocStart + 2 && sentence.Span.End > tocStart);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[1].Kind);
    }

    [Theory]
    [InlineData(Seeds.Invitation)]
    [InlineData(Seeds.LavrovConfirms)]
    [InlineData(Seeds.MoscowVisit)]
    public void Seeds_without_a_contents_list_have_none(string seed) => Assert.Empty(Seeds.Parse(seed).TableOfContents);

    [Fact]
    public void A_list_whose_items_do_not_come_back_is_an_ordinary_list()
    {
        var document = DocumentParser.Parse(
            "India and Russia met on Monday.\n- Trade\n- Energy\n- Defence\nThe talks went well.\nTrade was discussed at length.",
            ArticleFormat.PlainText);

        Assert.Empty(document.TableOfContents);
        Assert.Equal(3, document.OfKind(BlockKind.ListItem).Count());
    }

    [Fact]
    public void Entries_match_headings_whatever_their_quotes_dashes_and_case()
    {
        var document = DocumentParser.Parse(
            "The summit opened on Monday with talks on trade.\n"
            + "- India’s Oil Imports\n- Russia–China Factor\n- What Comes Next\n"
            + "INDIA'S OIL IMPORTS\nIndia bought more crude than ever.\n"
            + "Russia - China factor\nBeijing watches closely.\n"
            + "What comes next\nA second round is planned.\n",
            ArticleFormat.PlainText);

        Assert.Equal(3, document.TableOfContents.Count);
        Assert.Equal(3, document.OfKind(BlockKind.Heading).Count());
    }

    [Fact]
    public void Markdown_contents_of_links_are_recognised()
    {
        var document = DocumentParser.Parse(
            "# Brief\n\nThe lede comes first.\n\n- [Trade](#trade)\n- [Energy](#energy)\n- [Defence](#defence)\n\n"
            + "## Trade\n\nTrade grew.\n\n## Energy\n\nOil flows.\n\n## Defence\n\nDeals continue.\n",
            ArticleFormat.Markdown);

        Assert.Equal(["Trade", "Energy", "Defence"], document.TableOfContents);
        Assert.Empty(document.OfKind(BlockKind.ListItem));
        Assert.Equal(3, document.OfKind(BlockKind.Heading).Count());
    }
}
