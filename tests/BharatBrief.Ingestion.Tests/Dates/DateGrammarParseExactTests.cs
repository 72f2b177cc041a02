using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Tests.Dates;

public sealed class DateGrammarParseExactTests
{
    public static TheoryData<string, DateExpression> Phrases => new()
    {
        { "December 4–5", new YearlessDate(12, 4, 12, 5) },
        { "November 30–December 1", new YearlessDate(11, 30, 12, 1) },
        { "late November", new YearlessDate(11, Qualifier: DateQualifier.Late) },
        { "early May 2025", new AbsoluteDate(PartialDate.OfMonth(2025, 5), null, DateQualifier.Early) },
        { "mid-2024", new AbsoluteDate(PartialDate.OfYear(2024), null, DateQualifier.Mid) },
        { "the end of 2024", new AbsoluteDate(PartialDate.OfYear(2024), null, DateQualifier.Late) },
        { "the beginning of 2025", new AbsoluteDate(PartialDate.OfYear(2025), null, DateQualifier.Early) },
        { "2024–25", new AbsoluteDate(PartialDate.OfYear(2024), PartialDate.OfYear(2025)) },
        { "the 1960s", new DecadeDate(1960) },
        { "last year", new RelativeYear(-1) },
        { "two years ago", new RelativeYear(-2) },
        { "the previous year", new RelativeYear(-1) },
        { "earlier this month", new RelativeMonth(0) },
        { "next week", new RelativeWeek(1) },
        { "yesterday", new RelativeDay(-1) },
        { "on Monday", new WeekdayDate(DayOfWeek.Monday) },
        { "last Monday", new WeekdayDate(DayOfWeek.Monday, -1) },
        { "next Tuesday", new WeekdayDate(DayOfWeek.Tuesday, 1) },
        { " in July ", new YearlessDate(7) },
        { "May", new YearlessDate(5) },
        { "in November the next year", new StoryYear(1, 11) },
        { "in October that year", new StoryYear(0, 10) },
        { "on 4 December the same year", new StoryYear(0, 12, 4) },
        { "in March of the following year", new StoryYear(1, 3) },
        { "Twenty-five years ago today", new ShiftedDate(new RelativeDay(0), Months: -300) },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Reads_a_whole_phrase(string phrase, DateExpression expected)
    {
        Assert.Equal(expected, DateGrammar.ParseExact(phrase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("may")]
    [InlineData("march")]
    [InlineData("monday")]
    [InlineData("the 2025 summit")]
    [InlineData("last year's")]
    [InlineData("two-day")]
    [InlineData("22nd")]
    [InlineData("S-400")]
    [InlineData("60–70%")]
    [InlineData("100 billion")]
    [InlineData("31 February 2025")]
    [InlineData("December 5–4")]
    public void Refuses_what_is_not_one_date_phrase(string phrase)
    {
        Assert.Null(DateGrammar.ParseExact(phrase));
    }
}
