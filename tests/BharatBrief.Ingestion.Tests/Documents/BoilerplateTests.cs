using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class BoilerplateTests
{
    [Fact]
    public void Seed_000_comments_widget_and_bookmark_plug_are_dropped()
    {
        var document = Seeds.Parse(Seeds.Invitation);

        Assert.Equal(2, document.DroppedBoilerplate.Count);
        Assert.StartsWith("🧠 Found this insightful?", document.DroppedBoilerplate[0]);
        Assert.Equal("Comments", document.DroppedBoilerplate[1]);
        Assert.DoesNotContain(document.Blocks, block => block.Text.Contains("Bookmark") || block.Text == "Comments");
        Assert.StartsWith("The message is clear", document.Blocks[^1].Text);
    }

    [Fact]
    public void Seed_003_newsletter_plug_is_dropped()
    {
        var document = Seeds.Parse(Seeds.DelhiSummit);

        var dropped = Assert.Single(document.DroppedBoilerplate);
        Assert.StartsWith("Get the latest updates on Global India Broadcast News", dropped);
        Assert.StartsWith("The Putin visit to India comes at a decisive geopolitical moment", document.Blocks[^1].Text);
    }

    [Theory]
    [InlineData(Seeds.Talks)]
    [InlineData(Seeds.LavrovConfirms)]
    [InlineData(Seeds.MoscowVisit)]
    public void Seeds_ending_in_prose_lose_nothing(string seed) => Assert.Empty(Seeds.Parse(seed).DroppedBoilerplate);

    [Theory]
    [InlineData("Subscribe to our newsletter for daily updates")]
    [InlineData("Sign up for the India Brief")]
    [InlineData("Share this article")]
    [InlineData("Read more: India and Russia in the Arctic")]
    [InlineData("Also read: Why the rupee-ruble trade stalled")]
    [InlineData("Join our WhatsApp channel for breaking news")]
    [InlineData("Download the app")]
    [InlineData("© 2025 Example Media. All rights reserved.")]
    [InlineData("12 Comments")]
    [InlineData("Advertisement")]
    public void Trailing_plugs_and_widgets_are_dropped(string plug)
    {
        var document = DocumentParser.Parse($"India and Russia met in Moscow.\nThe talks covered oil and arms.\n{plug}\n", ArticleFormat.PlainText);

        Assert.Equal(plug, Assert.Single(document.DroppedBoilerplate));
        Assert.Equal(2, document.Blocks.Count);
    }

    [Theory]
    [InlineData("Other nations are likely to follow India's lead on discounted oil.")]
    [InlineData("The latest figures show trade at a record high.")]
    [InlineData("Analysts will follow the talks closely, and the latest round begins in May.")]
    public void Prose_that_mentions_following_or_latest_is_kept(string ending)
    {
        var document = DocumentParser.Parse($"India and Russia met in Moscow.\n{ending}\n", ArticleFormat.PlainText);

        Assert.Empty(document.DroppedBoilerplate);
        Assert.Equal(ending, document.Blocks[^1].Text);
    }

    [Fact]
    public void Interstitials_are_dropped_from_the_middle_but_plugs_are_not()
    {
        var document = DocumentParser.Parse(
            "India and Russia met in Moscow.\nAdvertisement\nThe talks covered oil.\nAlso Read: Modi’s Kazan visit\n"
            + "Subscribe to the idea that trade will grow, officials said.\nThe next round is in May.",
            ArticleFormat.PlainText);

        Assert.Equal(["Advertisement", "Also Read: Modi’s Kazan visit"], document.DroppedBoilerplate);
        Assert.Contains(document.Blocks, block => block.Text.StartsWith("Subscribe to the idea", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byline_at_the_top_and_credits_at_the_end_are_dropped_but_the_publication_stamp_stays()
    {
        var document = DocumentParser.Parse(
            "India, Russia Agree to Boost Trade\n\nBy Jane Doe\n\nMOSCOW, July 9 (Reuters) - India and Russia agreed on Tuesday to raise trade.\n\n"
            + "(With inputs from agencies)\nReporting by Jane Doe; Editing by John Smith\nPublished On: Jul 9, 2024",
            ArticleFormat.PlainText);

        Assert.Equal(["By Jane Doe", "(With inputs from agencies)", "Reporting by Jane Doe; Editing by John Smith"], document.DroppedBoilerplate);
        Assert.Equal("India and Russia agreed on Tuesday to raise trade.", document.Lede);
        Assert.Equal("Published On: Jul 9, 2024", document.Blocks[^1].Text);
    }

    [Fact]
    public void An_interstitial_with_a_spaced_separator_is_dropped()
    {
        var document = DocumentParser.Parse("India and Russia met.\n\nAlso Read | Putin's India visit: What's on the agenda\n\nThe talks went on.", ArticleFormat.PlainText);

        Assert.Equal(["Also Read | Putin's India visit: What's on the agenda"], document.DroppedBoilerplate);
    }

    [Fact]
    public void A_desk_byline_with_reading_time_is_dropped()
    {
        var document = DocumentParser.Parse("# Pact Ratified\n\n*By the BharatBrief desk* · 5 min read\n\nThe Duma ratified the pact.\n", ArticleFormat.Markdown);

        Assert.Equal(["*By the BharatBrief desk* · 5 min read"], document.DroppedBoilerplate);
        Assert.Equal("The Duma ratified the pact.", document.Lede);
    }
}
