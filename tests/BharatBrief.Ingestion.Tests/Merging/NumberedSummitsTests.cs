using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

using static BharatBrief.Ingestion.Tests.Merging.StoryDates;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>Reports that give a numbered summit in its city no more than a year, beside reports that date that summit to the day.</summary>
public sealed class NumberedSummitsTests
{
    private static readonly string[] Leaders = ["Manmohan Singh", "Dmitry Medvedev"];

    private static SummitMention Numbered(int ordinal, string city, string country, MentionDate date) =>
        new(SummitKind.AnnualSummit, SummitStatus.Held, date, city, country, null, null, ordinal, Leaders, false,
            [new Evidence(0, new TextSpan(0, date.Text.Length), $"The {ordinal}th annual summit in {city} {date.Text}.")], []);

    private static MentionDate InFull(string text, PartialDate start) => new(text, TimeOrientation.Past, new DateRange(start), DependsOnAsOf: false);

    public static TheoryData<int, string, string, DateOnly, int> YearsAgainstDays => new()
    {
        { 7, "New Delhi", "India", new DateOnly(2008, 7, 1), 2010 },
        { 10, "Vladivostok", "Russia", new DateOnly(2012, 9, 12), 2011 },
        { 12, "Moscow", "Russia", new DateOnly(2014, 8, 22), 2013 },
    };

    [Theory]
    [MemberData(nameof(YearsAgainstDays))]
    public void A_numbered_summit_in_a_city_given_only_a_year_is_the_one_reports_date_to_the_day(int ordinal, string city, string country, DateOnly day, int year)
    {
        var byDay = Numbered(ordinal, city, country, InFull($"on {day.Day}/{day.Month}/{day.Year}", PartialDate.OfDay(day)));
        var byYear = Numbered(ordinal, city, country, InFull($"in {year}", PartialDate.OfYear(year)));

        var merged = Consolidator.Consolidate([
            new ArticleFacts(1, Stated(day.Year, day.Month, day.Day + 1), [byDay], []),
            new ArticleFacts(2, Stated(day.Year + 1, 1, 5), [byDay], []),
            new ArticleFacts(3, Stated(day.Year + 1, 2, 5), [byDay], []),
            new ArticleFacts(4, Stated(year + 1, 3, 1), [byYear], []),
            new ArticleFacts(5, Stated(year + 1, 4, 1), [byYear], []),
        ]);

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(PartialDate.OfDay(day), summit.Start);
    }

    [Fact]
    public void A_numbered_meeting_in_the_same_city_that_reports_date_to_the_day_stays_apart()
    {
        var summit = Numbered(4, "Moscow", "Russia", InFull("on 15/10/2004", PartialDate.OfDay(2004, 10, 15)));
        var visit = Numbered(4, "Moscow", "Russia", InFull("on 21/7/2003", PartialDate.OfDay(2003, 7, 21)));

        var merged = Consolidator.Consolidate([
            new ArticleFacts(1, Stated(2004, 10, 16), [summit], []),
            new ArticleFacts(2, Stated(2005, 1, 5), [summit], []),
            new ArticleFacts(3, Stated(2005, 2, 5), [summit], []),
            new ArticleFacts(4, Stated(2003, 7, 22), [visit], []),
            new ArticleFacts(5, Stated(2004, 1, 5), [visit], []),
        ]);

        Assert.Equal(2, merged.Summits.Count);
    }
}
