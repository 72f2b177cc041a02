using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Extractors.Figures;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Figures;

public sealed class FigureDateTests
{
    [Fact]
    public void A_date_in_the_sentence_dates_the_figure_looking_back()
    {
        const string sentence = "Trade volume surpassed $65 billion last year, a record high.";
        var context = WithDate(sentence, "last year", new RelativeYear(-1));

        new FigureExtractor().Extract(context);

        var date = Assert.Single(context.Figures).Date;
        Assert.NotNull(date);
        Assert.Equal("last year", date.Text);
        Assert.Equal(TimeOrientation.Past, date.Orientation);
        Assert.Equal(PartialDate.OfYear(2024), date.Resolved?.Start);
    }

    [Fact]
    public void A_clause_that_looks_ahead_resolves_its_date_ahead()
    {
        const string sentence = "Putin is set to arrive in New Delhi on December 4 for a crucial two-day visit.";
        var context = WithDate(sentence, "on December 4", new YearlessDate(12, 4));

        new FigureExtractor().Extract(context);

        var date = Assert.Single(context.Figures).Date;
        Assert.Equal(TimeOrientation.Future, date?.Orientation);
        Assert.Equal(PartialDate.OfDay(2025, 12, 4), date?.Resolved?.Start);
    }

    [Fact]
    public void A_date_of_another_clause_is_not_the_figure_date()
    {
        const string sentence = "India and Russia share a 77-year diplomatic history, with defence cooperation dating back to the 1960s.";
        var context = WithDate(sentence, "the 1960s", new DecadeDate(1960));

        new FigureExtractor().Extract(context);

        var figure = Assert.Single(context.Figures);
        Assert.Equal("77 years", figure.Value);
        Assert.Null(figure.Date);
    }

    [Fact]
    public void Numbers_inside_a_date_phrase_are_not_figures()
    {
        const string sentence = "The visit is planned for 4-5 December in New Delhi.";
        var context = WithDate(sentence, "4-5 December", new YearlessDate(12, 4, 12, 5));

        new FigureExtractor().Extract(context);

        Assert.Empty(context.Figures);
    }

    private static ExtractionContext WithDate(string sentence, string phrase, DateExpression expression)
    {
        var context = FigureTestArticles.FromSentences(sentence);
        context.AsOf = new AsOfDate(PartialDate.OfMonth(2025, 11), "test");
        var start = sentence.IndexOf(phrase, StringComparison.Ordinal);
        context.AddDate(0, new DateMatch(new TextSpan(start, phrase.Length), phrase, expression));
        return context;
    }
}
