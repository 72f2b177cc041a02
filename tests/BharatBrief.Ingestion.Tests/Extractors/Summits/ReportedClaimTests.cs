using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Summits;

/// <summary>What an article repeats as someone else's claim (a caption, a rumour, a fact-check's claim under test) reports no meeting.</summary>
public sealed class ReportedClaimTests
{
    private static IReadOnlyList<SummitMention> SummitsOf(string text, string published = "2025-08-22")
    {
        var source = new ArticleSource($"---\npublished: {published}\n---\n{text}", ArticleFormat.PlainText, "case.txt");
        return ArticlePipeline.Default.Parse(source).Summits;
    }

    [Theory]
    [InlineData("Since Wednesday, a photo of the two leaders has been shared thousands of times with the caption: \"Putin lands in Delhi today, Modi breaks protocol.\"")]
    [InlineData("Posts falsely claiming “Modi and Putin held an emergency summit in Moscow on Monday” were shared widely.")]
    [InlineData("A video captioned \"Putin arrives in New Delhi for talks with Modi today\" is from 2021.")]
    [InlineData("The rumour: \"Putin will fly to Delhi next week for a secret summit with Modi\" has no source.")]
    public void A_quotation_introduced_as_a_caption_or_a_claim_reports_no_meeting(string sentence)
    {
        Assert.Empty(SummitsOf("Fact check\n\n" + sentence));
    }

    [Theory]
    [InlineData("CLAIM: A photo shows Putin landing in New Delhi this week for an emergency summit with Modi.")]
    [InlineData("Viral claim: Modi met Putin in Moscow on Monday to sign a rupee deal.")]
    public void A_line_labelled_as_the_claim_under_check_reports_no_meeting(string line)
    {
        Assert.Empty(SummitsOf("Fact check\n\n" + line + "\n\nVERDICT: FALSE. The photo is from 2024."));
    }

    [Theory]
    [InlineData("Dismissing claims of a rift, Modi said: \"I will travel to Moscow for the annual summit in July.\"")]
    [InlineData("Modi wrote on X: “Had an excellent meeting with President Putin in Moscow today.”")]
    public void A_leader_s_own_words_are_not_a_claim(string sentence)
    {
        var summit = Assert.Single(SummitsOf("India and Russia\n\n" + sentence, "2024-03-01"));
        Assert.Equal("Moscow", summit.City);
    }

    [Fact]
    public void The_facts_a_fact_check_states_are_read()
    {
        var summits = SummitsOf(
            "Fact check\n\nA photo shared with the caption \"Putin lands in Delhi today\" is old. It was taken on 8 July 2024, when Modi met Putin in Moscow for the 22nd annual summit.");

        var summit = Assert.Single(summits);
        Assert.Equal(("Moscow", 22, SummitKind.AnnualSummit), (summit.City, summit.Ordinal, summit.Kind));
    }

    [Theory]
    [InlineData("Posts claiming “India and Russia signed an agreement on rupee-rouble trade settlement” are false.", 0)]
    [InlineData("Officials said “India and Russia signed an agreement on rupee-rouble trade settlement” on Friday.", 1)]
    public void An_agreement_named_only_inside_a_claim_is_not_one(string sentence, int expected)
    {
        var source = new ArticleSource($"---\npublished: 2025-08-22\n---\nFact check\n\n{sentence}", ArticleFormat.PlainText, "case.txt");

        Assert.Equal(expected, ArticlePipeline.Default.Parse(source).Agreements.Count);
    }
}
