using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class LedeTests
{
    [Theory]
    [InlineData(Seeds.Invitation, "Prime Minister Narendra Modi has once again invited", "between the two nations")]
    [InlineData(Seeds.Talks, "Indian Prime Minister Narendra Modi and Russian President", "increasingly polarized global environment.")]
    [InlineData(Seeds.LavrovConfirms, "Russian President Vladimir Putin will soon visit India", "on bilateral ties and global affairs.")]
    [InlineData(Seeds.DelhiSummit, "Russia seeks to secure India ties", "summit with PM Narendra Modi.")]
    [InlineData(Seeds.MoscowVisit, "Indian Prime Minister Narendra Modi is set to engage", "continue talks on Tuesday.")]
    public void The_first_body_paragraph_is_the_lede(string seed, string start, string end)
    {
        var document = Seeds.Parse(seed);

        var lede = Assert.Single(document.OfKind(BlockKind.Lede));
        Assert.Equal(document.Lede, lede.Text);
        Assert.StartsWith(start, lede.Text);
        Assert.EndsWith(end, lede.Text);
        Assert.Equal(-1, lede.Section);
    }

    [Fact]
    public void The_lede_follows_the_title_and_a_heading_before_it()
    {
        var document = DocumentParser.Parse(
            "# India and Russia\n\n## Summary\n\nThe two sides agreed to deepen defence ties.\n\n## Details\n\nMore text.",
            ArticleFormat.Markdown);

        Assert.Equal("The two sides agreed to deepen defence ties.", document.Lede);
    }

    [Fact]
    public void A_document_opening_with_a_list_has_no_lede()
    {
        var document = DocumentParser.Parse("- Trade is up\n- Oil flows continue\n- Defence ties hold", ArticleFormat.PlainText);

        Assert.Null(document.Lede);
        Assert.All(document.Blocks, block => Assert.Equal(BlockKind.ListItem, block.Kind));
    }

    [Fact]
    public void A_standfirst_under_the_title_yields_the_lede_to_the_dateline_paragraph()
    {
        var document = DocumentParser.Parse(
            "India, Russia sign defence pact\nThe deal gives both navies access to each other's bases\n\n"
            + "NEW DELHI — India and Russia signed a logistics agreement on Thursday.\n\nThe pact was ratified last week.",
            ArticleFormat.PlainText);

        Assert.Equal("India, Russia sign defence pact", document.Title);
        Assert.Equal("NEW DELHI", document.Dateline?.Text);
        Assert.Equal("India and Russia signed a logistics agreement on Thursday.", document.Lede);
        Assert.Equal([BlockKind.Title, BlockKind.Paragraph, BlockKind.Lede, BlockKind.Paragraph], document.Blocks.Select(block => block.Kind));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined()
    {
        var document = DocumentParser.Parse(
            "Modi and Putin Meet\n\nIndian Prime Minister Narendra Modi and Russian President Vladimir\n"
            + "Putin agreed on Tuesday to raise bilateral trade to $100 billion by\n2030, the two sides said in a joint statement.\n\n"
            + "The two leaders held talks at the Kremlin a day after an informal\ndinner at Putin's residence outside Moscow.\n",
            ArticleFormat.PlainText);

        Assert.Equal(
            "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin agreed on Tuesday to raise bilateral trade to $100 billion by 2030, the two sides said in a joint statement.",
            document.Lede);
        Assert.Equal(3, document.Blocks.Count);
    }
}
