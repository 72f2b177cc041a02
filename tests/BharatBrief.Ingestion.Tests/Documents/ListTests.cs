using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class ListTests
{
    [Fact]
    public void Seed_000_split_bullets_join_the_dash_line_and_the_item_line()
    {
        var document = Seeds.Parse(Seeds.Invitation);

        var items = document.OfKind(BlockKind.ListItem).ToList();
        Assert.Equal(7, items.Count);
        Assert.Equal("Energy Security: Deals like Reliance–Rosneft give India access to cheaper Russian oil.", items[0].Text);
        Assert.Equal('-', document.Text[items[0].Span.Start]);
        Assert.EndsWith("cheaper Russian oil.", document.Text[items[0].Span.Start..items[0].Span.End]);
        Assert.All(items, item => Assert.Null(item.ListOrdinal));
    }

    [Fact]
    public void Seed_000_split_bullets_fall_under_their_heading()
    {
        var document = Seeds.Parse(Seeds.Invitation);
        var heading = document.BlockStarting("What Does India Get Out of These Talks?");

        var items = document.Blocks.Where(block => block.Section == heading.Index && block.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(3, items.Count);
        Assert.StartsWith("Diplomatic Leverage:", items[^1].Text);
    }

    [Fact]
    public void Seed_001_dash_lists_are_list_items_and_their_colon_intro_a_paragraph()
    {
        var document = Seeds.Parse(Seeds.Talks);

        var intro = document.BlockStarting("Key motivations for India’s approach:");
        Assert.Equal(BlockKind.Paragraph, intro.Kind);
        Assert.All(document.Blocks.Skip(intro.Index + 1).Take(4), block => Assert.Equal(BlockKind.ListItem, block.Kind));
        Assert.Equal(BlockKind.Paragraph, document.BlockStarting("Highlights:").Kind);
    }

    [Theory]
    [InlineData("•")]
    [InlineData("*")]
    [InlineData("–")]
    [InlineData("-")]
    public void Bullets_of_every_kind_make_list_items(string bullet)
    {
        var document = DocumentParser.Parse(
            $"The leaders agreed on three points.\n{bullet} Trade in national currencies\n{bullet} A new shipping corridor\n{bullet} Joint defence production",
            ArticleFormat.PlainText);

        var items = document.OfKind(BlockKind.ListItem).Select(block => block.Text).ToList();
        Assert.Equal(["Trade in national currencies", "A new shipping corridor", "Joint defence production"], items);
    }

    [Fact]
    public void Numbered_items_carry_their_ordinal()
    {
        var document = DocumentParser.Parse(
            "The agreement covers:\n1. Oil supplies\n2) Fertiliser exports\n3. Rupee settlement",
            ArticleFormat.PlainText);

        var items = document.OfKind(BlockKind.ListItem).ToList();
        Assert.Equal([1, 2, 3], items.Select(item => item.ListOrdinal ?? 0));
        Assert.Equal("Fertiliser exports", items[1].Text);
    }

    [Fact]
    public void A_numbered_list_followed_by_a_paragraph_stays_a_list()
    {
        var document = DocumentParser.Parse(
            "The agreement covers:\n1. Oil supplies\n2. Fertiliser exports\n3. Rupee settlement\nOfficials said more would follow.",
            ArticleFormat.PlainText);

        Assert.Equal(3, document.OfKind(BlockKind.ListItem).Count());
        Assert.Empty(document.OfKind(BlockKind.Heading));
    }

    [Fact]
    public void An_indented_line_continues_a_list_item()
    {
        var document = DocumentParser.Parse(
            "Points agreed:\n- Trade in national currencies, which both sides\n  have wanted for years\n- A new corridor",
            ArticleFormat.PlainText);

        Assert.Equal(
            ["Trade in national currencies, which both sides have wanted for years", "A new corridor"],
            document.OfKind(BlockKind.ListItem).Select(block => block.Text));
    }

    [Fact]
    public void A_lone_dash_with_nothing_after_it_is_not_an_item()
    {
        var document = DocumentParser.Parse("Talks ended.\n-\n\n-\n", ArticleFormat.PlainText);

        Assert.Empty(document.OfKind(BlockKind.ListItem));
    }
}
