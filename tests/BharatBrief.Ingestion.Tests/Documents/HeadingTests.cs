using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class HeadingTests
{
    [Fact]
    public void Seed_000_emoji_led_lines_are_headings_without_their_emoji()
    {
        var document = Seeds.Parse(Seeds.Invitation);

        var headings = document.OfKind(BlockKind.Heading).Select(block => block.Text).ToList();

        Assert.Contains("What Does India Get Out of These Talks?", headings);
        Assert.Contains("Potential Risks & International Reactions", headings);
        Assert.Contains("What’s Next?", headings);
        Assert.Contains("The Bharat Brief Takeaway", headings);
        Assert.DoesNotContain(document.Blocks, block => block.Text.Contains("🔍", StringComparison.Ordinal) || block.Text.Contains("💡", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_000_numbered_lines_before_paragraphs_are_numbered_headings()
    {
        var document = Seeds.Parse(Seeds.Invitation);

        var numbered = document.OfKind(BlockKind.Heading).Where(block => block.ListOrdinal is not null).ToList();

        Assert.Equal([1, 2, 3], numbered.Select(block => block.ListOrdinal ?? 0));
        Assert.Equal("Maintaining a “Special & Privileged Strategic Partnership”", numbered[0].Text);
        Assert.Equal("Energy & Defence Continuity", numbered[2].Text);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[numbered[0].Index + 1].Kind);
    }

    [Fact]
    public void Seed_001_numbered_energy_lines_are_headings()
    {
        var document = Seeds.Parse(Seeds.Talks);

        var heading = document.BlockStarting("Nuclear Power");

        Assert.Equal(BlockKind.Heading, heading.Kind);
        Assert.Equal(2, heading.ListOrdinal);
        Assert.Equal(heading.Index, document.BlockStarting("Work continues on reactors").Section);
    }

    [Fact]
    public void Seed_001_colon_lines_are_paragraphs_not_headings()
    {
        var document = Seeds.Parse(Seeds.Talks);

        Assert.Equal(BlockKind.Paragraph, document.BlockStarting("For the U.S. and Europe:").Kind);
        Assert.Equal(BlockKind.Paragraph, document.BlockStarting("Why India resists U.S. pressure:").Kind);
    }

    [Fact]
    public void Seed_000_closing_short_sentence_is_not_a_heading()
    {
        var document = Seeds.Parse(Seeds.Invitation);

        Assert.Equal(BlockKind.Paragraph, document.BlockStarting("The message is clear:").Kind);
    }

    [Fact]
    public void Blocks_know_the_heading_they_fall_under()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);
        var heading = document.BlockStarting("Defence Cooperation Remains the Strongest Pillar");

        Assert.Equal(heading.Index, heading.Section);
        Assert.Equal(heading.Index, document.BlockStarting("Defence cooperation continues to be the backbone").Section);
        Assert.Equal(-1, document.Blocks[0].Section);
    }

    [Fact]
    public void Headings_are_sentences_too()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);
        var heading = document.BlockStarting("Defence Cooperation Remains the Strongest Pillar");

        var sentence = Assert.Single(document.Sentences, sentence => sentence.BlockIndex == heading.Index);
        Assert.Equal(heading.Text, sentence.Text);
    }

    [Theory]
    [InlineData("What Happens Next\nThe two sides will meet again in the spring to review progress.", BlockKind.Heading)]
    [InlineData("Why it matters\nThe deal shields trade from sanctions and secures supplies.", BlockKind.Heading)]
    [InlineData("Is the partnership still special?\nMost analysts in Delhi think so.", BlockKind.Heading)]
    [InlineData("India and Russia will continue their cooperation in many different sectors of the economy in future\nThe next round is due.", BlockKind.Paragraph)]
    [InlineData("The talks ended.\nThe next round is due in March.", BlockKind.Paragraph)]
    public void Short_lines_followed_by_body_text_are_headings(string body, BlockKind expected)
    {
        var document = DocumentParser.Parse("The summit opened in Moscow on Monday with talks on energy.\n" + body, ArticleFormat.PlainText);

        Assert.Equal(expected, document.Blocks[1].Kind);
    }
}
