using BharatBrief.Ingestion.Extractors.Dates;

namespace BharatBrief.Ingestion.Tests.Extractors.Dates;

/// <summary>An author–year reference names when a work appeared, not when anything in the story happened.</summary>
public sealed class CitationTests
{
    [Theory]
    [InlineData("The literature on summit diplomacy (Dunn 1996; Melissen 2003) is thin.", "1996")]
    [InlineData("The literature on summit diplomacy (Dunn 1996; Melissen 2003) is thin.", "2003")]
    [InlineData("Routine had set in (Mohan 2012, p. 4).", "2012")]
    [InlineData("As Kapur and Mohan (2019) argue, the summits became routine.", "2019")]
    [InlineData("Earlier work (Sikri et al. 2009) saw it otherwise.", "2009")]
    public void A_year_in_an_author_year_reference_dates_nothing(string sentence, string year)
    {
        var at = sentence.IndexOf(year, StringComparison.Ordinal);

        Assert.True(Citations.Covers(sentence, at, at + year.Length));
    }

    [Theory]
    [InlineData("The summit was held in Moscow (May 2012) after a delay.", "2012")]
    [InlineData("The treaty (signed in 1971) still matters.", "1971")]
    [InlineData("The first summit (October 2000) launched the series.", "2000")]
    public void A_date_in_brackets_that_is_not_a_reference_still_dates(string sentence, string year)
    {
        var at = sentence.IndexOf(year, StringComparison.Ordinal);

        Assert.False(Citations.Covers(sentence, at, at + year.Length));
    }

    [Fact]
    public void A_working_paper_s_references_make_no_meeting()
    {
        var source = new ArticleSource(
            "---\npublished: 2025-10-01\n---\nWorking paper\n\nThe literature on India–Russia summit diplomacy (Dunn 1996; Melissen 2003) is thin. Modi and Putin held their annual summit in Moscow in July 2024.",
            ArticleFormat.PlainText, "paper.txt");

        var summit = Assert.Single(ArticlePipeline.Default.Parse(source).Summits);
        Assert.Equal("2024-07", summit.Date?.Resolved?.Start.ToString());
    }
}
