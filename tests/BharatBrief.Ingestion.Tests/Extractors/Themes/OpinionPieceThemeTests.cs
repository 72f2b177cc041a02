using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Extractors.Themes;

namespace BharatBrief.Ingestion.Tests.Extractors.Themes;

public sealed class OpinionPieceThemeTests
{
    [Theory]
    [InlineData("OPINION\n\nThe empty chair\n\nA long piece about oil.")]
    [InlineData("Analysis: Two trips to Russia\n\nThe calendar is full.")]
    [InlineData("Commentary | Strategic Affairs Programme\n\nTwenty-five years on\n\nText.")]
    [InlineData("LETTERS TO THE EDITOR\n\nTalking to Moscow\n\nSir, a letter.")]
    [InlineData("The telephone is not a strategy\n\nIndia needs a plan.\n\nThe writer is a former ambassador to Russia.")]
    [InlineData("Summits matter\n\nThey do.\n\nThe author is a senior fellow. Views are personal.")]
    public void A_label_above_the_headline_or_a_note_on_the_writer_marks_an_opinion_piece(string text) =>
        Assert.True(OpinionPiece.Is(text));

    [Theory]
    [InlineData("Modi to visit Moscow\n\nNEW DELHI: The Prime Minister will travel on Monday.\n\nOfficials said analysis of the deal continues.")]
    [InlineData("Oil imports rise\n\nRefiners bought more crude.\n\nAnalysts expect the trend to hold.\n\nThe opinion of the ministry was not sought.")]
    [InlineData("Quarterly figures\n\nOpinion polls show support.\n\nThe writer's name was withheld.")]
    public void A_news_report_is_no_opinion_piece(string text) =>
        Assert.False(OpinionPiece.Is(text));

    [Fact]
    public void An_opinion_piece_weighs_the_position_it_argues_above_the_subjects_it_argues_from()
    {
        (BlockKind, string)[] body =
        [
            (BlockKind.Paragraph, "India buys oil from Russia."),
            (BlockKind.Paragraph, "Its refiners process the crude."),
            (BlockKind.Paragraph, "The navy flies Russian jets."),
            (BlockKind.Paragraph, "The army fields Russian tanks."),
            (BlockKind.Paragraph, "India has abstained at every vote and refuses to take sides."),
        ];
        var report = ThemeTestArticles.FromBlocks([(BlockKind.Title, "A friendship tested"), .. body]);
        var opinion = ThemeTestArticles.FromBlocks([(BlockKind.Heading, "OPINION"), (BlockKind.Title, "A friendship tested"), .. body]);

        new ThemeExtractor().Extract(report);
        new ThemeExtractor().Extract(opinion);

        Assert.DoesNotContain("strategic-autonomy", report.Themes.Take(2).Select(theme => theme.Slug));
        Assert.Contains("strategic-autonomy", opinion.Themes.Take(2).Select(theme => theme.Slug));
    }

    [Fact]
    public void Only_a_stance_theme_weighs_more_in_an_opinion_piece()
    {
        var news = ThemeLexicon.Default.CreateTally();
        var argued = ThemeLexicon.Default.CreateTally();
        argued.ArguesAPosition();
        foreach (var tally in new[] { news, argued })
        {
            tally.Add("India guards its strategic autonomy.");
            tally.Add("Oil imports rose.");
            tally.Add("The navy bought frigates.");
        }

        double Ratio(ThemeTally tally, string slug)
        {
            var weights = tally.ToWeights();
            return weights.Single(theme => theme.Slug == slug).Weight / weights.Single(theme => theme.Slug == "energy").Weight;
        }

        Assert.Equal(ThemeTally.ArguedStanceFactor * Ratio(news, "strategic-autonomy"), Ratio(argued, "strategic-autonomy"), 6);
        Assert.Equal(Ratio(news, "defence"), Ratio(argued, "defence"), 6);
    }

    [Fact]
    public void Strategic_autonomy_is_the_stance_theme()
    {
        var lexicon = ThemeLexicon.Default;

        Assert.Equal(["strategic-autonomy"], lexicon.Slugs.Where((_, theme) => lexicon.Stances[theme]));
    }
}
