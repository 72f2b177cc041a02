using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class QuoteTests
{
    [Fact]
    public void Seed_003_analyst_quotations_are_quotes()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        var quotes = document.OfKind(BlockKind.Quote).ToList();

        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("“India and Russia are entering a new era", quotes[0].Text);
        Assert.StartsWith("“India’s energy security now depends", quotes[1].Text);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[quotes[0].Index - 1].Kind);
    }

    [Fact]
    public void Seed_003_paragraphs_that_only_cite_a_phrase_are_not_quotes()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        Assert.Equal(BlockKind.Paragraph, document.BlockStarting("Indian defence analysts view the meeting").Kind);
    }

    [Fact]
    public void Seed_002_paragraph_with_a_short_quotation_is_a_paragraph()
    {
        var document = DocumentParser.Parse("Lavrov spoke on Thursday.\n\"Now it’s our turn,\" he remarked, highlighting the reciprocal nature of high-level visits between the two countries.", ArticleFormat.PlainText);

        Assert.Equal(BlockKind.Paragraph, document.Blocks[1].Kind);
    }

    [Fact]
    public void A_quotation_split_over_paragraphs_is_a_quote()
    {
        var document = DocumentParser.Parse("The minister spoke at length.\n“We will not be told whom to trade with. Our interest comes first.", ArticleFormat.PlainText);

        Assert.Equal(BlockKind.Quote, document.Blocks[1].Kind);
    }

    [Fact]
    public void Markdown_blockquotes_are_quotes_and_lose_their_markers()
    {
        var document = DocumentParser.Parse(
            "The envoy was blunt.\n\n> Our ties are *old* and\n> they are strong.\n>\n> A second paragraph.\n",
            ArticleFormat.Markdown);

        var quotes = document.OfKind(BlockKind.Quote).Select(block => block.Text).ToList();
        Assert.Equal(["Our ties are old and they are strong.", "A second paragraph."], quotes);
    }

    [Fact]
    public void A_paragraph_of_quotations_with_a_short_attribution_is_a_quote()
    {
        var document = DocumentParser.Parse(
            "The leaders spoke briefly.\n“We are ready,” Modi said. “Our friendship is old, our ties are strong and they keep getting stronger.”",
            ArticleFormat.PlainText);

        Assert.Equal(BlockKind.Quote, document.Blocks[1].Kind);
    }
}
