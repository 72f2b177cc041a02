using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

using static BharatBrief.Ingestion.Tests.Merging.MergingFacts;
using static BharatBrief.Ingestion.Tests.Merging.StoryDates;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>
/// A day written without its year ("opens in Astana on 7 June") that the forum calendar moved into the year the forum
/// last met in that city in that month: the year is the calendar's guess, and the reports do not date a summit in full.
/// </summary>
public sealed class CalendarYearsTests
{
    /// <summary>What the extractor keeps of a yearless day it moved into the calendar's year: the words, the moved day, no dependence on the story's date.</summary>
    private static MentionDate MovedToTheCalendarYear(string text, DateRange day) => new(text, TimeOrientation.Past, day, DependsOnAsOf: false);

    public static TheoryData<string, string, string, DateOnly, DateOnly, string> Moved => new()
    {
        // The SCO met in Astana in June 2017; the summit these stories report opened there on 7 June 2024.
        { "SCO", "Astana", "Kazakhstan", new DateOnly(2024, 6, 7), new DateOnly(2017, 6, 7), "on 7 June" },
        { "SCO", "Astana", "Kazakhstan", new DateOnly(2024, 6, 7), new DateOnly(2017, 6, 7), "on Friday" },
        { "BRICS", "Johannesburg", "South Africa", new DateOnly(2023, 8, 26), new DateOnly(2018, 8, 26), "on August 26" },
        { "G20", "Osaka", "Japan", new DateOnly(2025, 6, 29), new DateOnly(2019, 6, 29), "on 29 June" },
    };

    [Theory]
    [MemberData(nameof(Moved))]
    public void Reports_whose_year_the_forum_calendar_lent_join_the_summit_others_date_in_full(
        string forum, string city, string country, DateOnly held, DateOnly moved, string written)
    {
        var firm = AtTheForum(forum, city, country, new MentionDate($"on {held:d MMMM yyyy}", TimeOrientation.Past, Day(held.Year, held.Month, held.Day), false));
        var echo = AtTheForum(forum, city, country, MovedToTheCalendarYear(written, Day(moved.Year, moved.Month, moved.Day)));

        var merged = Consolidator.Consolidate([
            Article(1, Stated(held.Year, held.Month, held.Day + 1), firm),
            Article(2, Stated(held.Year + 1, 1, 5), firm),
            Article(3, Stated(held.Year, held.Month, held.Day + 1), echo),
            Article(4, Guessed(held.Year, held.Month, held.Day - 3), echo),
        ]);

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(PartialDate.OfDay(held), summit.Start);
        Assert.Equal(4, summit.Mentions.Count);
    }

    [Fact]
    public void A_day_the_text_dates_with_its_year_keeps_its_own_summit()
    {
        var later = AtTheForum("SCO", "Astana", "Kazakhstan", new MentionDate("on 7 June 2024", TimeOrientation.Past, Day(2024, 6, 7), false));
        var earlier = AtTheForum("SCO", "Astana", "Kazakhstan", new MentionDate("on 9 June 2017", TimeOrientation.Past, Day(2017, 6, 9), false));

        var merged = Consolidator.Consolidate([
            Article(1, Stated(2024, 6, 8), later),
            Article(2, Stated(2025, 1, 5), later),
            Article(3, Stated(2017, 6, 10), earlier),
            Article(4, Stated(2018, 1, 5), earlier),
        ]);

        Assert.Equal(2, merged.Summits.Count);
    }
}
