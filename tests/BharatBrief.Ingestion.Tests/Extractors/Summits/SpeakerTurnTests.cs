using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Summits;

/// <summary>A transcript's turns: "we" and "you" in a leader's own words are that leader and the other side's.</summary>
public sealed class SpeakerTurnTests
{
    private static IReadOnlyList<SummitMention> SummitsOf(string text, string published = "2024-07-08")
    {
        var source = new ArticleSource($"---\npublished: {published}\n---\n{text}", ArticleFormat.PlainText, "case.txt");
        return ArticlePipeline.Default.Parse(source).Summits;
    }

    private const string Opening =
        "Remarks at the start of talks\n\n" +
        "Moscow, 8 July 2024\n\n";

    [Theory]
    [InlineData("Prime Minister Narendra Modi: Thank you for the welcome. We will see each other again in Kazan, at the BRICS summit in October.\n\nPresident Vladimir Putin: We look forward to it.")]
    [InlineData("PRIME MINISTER NARENDRA MODI (in Hindi): Thank you for the welcome.\n\nOur next meeting will be at the BRICS summit in Kazan in October.\n\nVLADIMIR PUTIN: Welcome, my friend.")]
    public void We_in_a_leaders_turn_is_the_speaker_and_the_other_side_who_speaks(string turns)
    {
        var summits = SummitsOf(Opening + turns);

        Assert.Contains(summits, summit => summit.City == "Kazan" && summit.Status == SummitStatus.Planned
            && summit.Participants.Contains("Narendra Modi") && summit.Participants.Contains("Vladimir Putin"));
    }

    [Fact]
    public void You_after_a_meeting_word_is_the_listener_beside_the_leader_his_names()
    {
        var summits = SummitsOf(Opening +
            "President Vladimir Putin: Welcome.\n\n" +
            "Prime Minister Narendra Modi: In 2001 I came to Moscow with Atal Bihari Vajpayee for his summit with you. Since then you have been a friend of India.");

        Assert.Contains(summits, summit => summit.Date?.Resolved?.Start.ToString() == "2001"
            && summit.Participants.Contains("Atal Bihari Vajpayee") && summit.Participants.Contains("Vladimir Putin")
            && !summit.Participants.Contains("Narendra Modi"));
    }

    [Fact]
    public void The_narrators_note_ends_a_turn()
    {
        var summits = SummitsOf(Opening +
            "President Vladimir Putin: Welcome, Prime Minister.\n\n" +
            "[Officials said later that delegations from both sides will see each other again in Kazan in October.]");

        Assert.DoesNotContain(summits, summit => summit.City == "Kazan" && summit.Participants.Contains("Vladimir Putin"));
    }

    [Fact]
    public void We_outside_a_transcript_is_no_leader()
    {
        var summits = SummitsOf("India and Russia\n\nWe will see each other again in Kazan, at the BRICS summit in October, an official said.");

        Assert.DoesNotContain(summits, summit => summit.Participants.Count > 0);
    }

    [Fact]
    public void A_label_that_names_no_leader_gives_no_speaker()
    {
        var summits = SummitsOf(Opening +
            "President Vladimir Putin: Welcome.\n\n" +
            "Foreign Secretary Vinay Kwatra: We will see each other again in Kazan in October, the delegations agreed.");

        Assert.DoesNotContain(summits, summit => summit.City == "Kazan" && summit.Participants.Contains("Vladimir Putin"));
    }
}
