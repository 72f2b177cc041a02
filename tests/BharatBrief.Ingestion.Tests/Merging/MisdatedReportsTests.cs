using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

using static BharatBrief.Ingestion.Tests.Merging.StoryDates;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>
/// Reports whose dates were counted from a story date that was only guessed, beside reports that date their meeting on
/// their own: what they may and may not tell the record. Built from mentions directly, so that each case holds exactly
/// the dates and story dates it is about.
/// </summary>
public sealed class MisdatedReportsTests
{
    private static DateRange Days(int year, int month, int day, int? lastDay = null) =>
        new(PartialDate.OfDay(year, month, day), lastDay is { } last ? PartialDate.OfDay(year, month, last) : null);

    private static SummitMention Mention(
        SummitKind kind, string dateText, DateRange resolved, bool countedFromTheStory, string? city, string? country, params string[] participants) =>
        new(kind, SummitStatus.Held, new MentionDate(dateText, TimeOrientation.Past, resolved, countedFromTheStory), city, country, null, null, null,
            participants, false, [new Evidence(0, new TextSpan(0, dateText.Length), dateText)], []);

    private static ArticleFacts Article(int id, AsOfDate asOf, SummitMention mention) => new(id, asOf, [mention], []);

    [Theory]
    [InlineData("India", "Chennai", "Vladimir Putin", 2002, 6, 25)]
    [InlineData("Russia", "Sochi", "Manmohan Singh", 2007, 8, 28)]
    public void A_city_only_a_report_counted_from_a_guessed_story_date_gives_does_not_place_a_meeting_others_date_on_their_own(
        string country, string echoCity, string visitor, int year, int month, int day)
    {
        var firm = Mention(SummitKind.StateVisit, $"on {day}-{day + 2} {month}/{year}", Days(year, month, day, day + 2), false, null, country, visitor);
        var echo = Mention(SummitKind.InformalSummit, "today", Days(year, month, day), true, echoCity, country, visitor);

        var merged = Consolidator.Consolidate([
            Article(1, Stated(year, month + 1, 1), firm),
            Article(2, Stated(year, month + 1, 2), firm),
            Article(3, Guessed(year, month, day), echo),
        ]);

        var summit = Assert.Single(merged.Summits);
        Assert.Null(summit.City);
        Assert.Equal(country, summit.Country);
        Assert.Equal(3, summit.Mentions.Count);
    }

    [Fact]
    public void A_story_dated_by_the_meeting_it_announces_places_that_meeting()
    {
        var firm = Mention(SummitKind.StateVisit, "soon", Days(2025, 12, 4), false, null, "India", "Vladimir Putin");
        var preview = Mention(SummitKind.StateVisit, "on December 4", Days(2025, 12, 4, 5), true, "New Delhi", "India", "Vladimir Putin");
        var announced = new AsOfDate(PartialDate.OfMonth(2025, 11), $"announces 2025-12-04 as upcoming, {AsOfDate.AnnouncedWithoutItsYear}");

        var merged = Consolidator.Consolidate([
            Article(1, Stated(2025, 5, 8), firm),
            Article(2, announced, preview),
        ]);

        Assert.Equal("New Delhi", Assert.Single(merged.Summits).City);
    }

    [Fact]
    public void Reports_counted_from_guessed_story_dates_do_not_outvote_the_host_country_reports_dated_on_their_own_give()
    {
        var echo = Mention(SummitKind.StateVisit, "on Thursday", Days(2017, 1, 19), true, null, "India", "Narendra Modi");
        var cluster = new SummitCluster(new SourcedSummit(new MentionRef(1, 0), echo, Guessed(2017, 1, 21), echo.Date!.Resolved));
        cluster.Add(new SourcedSummit(new MentionRef(2, 0), echo, Guessed(2017, 1, 22), echo.Date.Resolved));
        var firm = Mention(SummitKind.StateVisit, "on 19–20 January 2017", Days(2017, 1, 19, 20), false, null, "Russia", "Narendra Modi");
        cluster.Add(new SourcedSummit(new MentionRef(3, 0), firm, Stated(2017, 1, 25), firm.Date!.Resolved));

        Assert.Equal("Russia", cluster.HostCountry);
    }

    [Theory]
    [InlineData("Russia", "Moscow", SummitKind.StateVisit)]
    [InlineData("India", "New Delhi", SummitKind.InformalSummit)]
    public void A_meeting_no_credible_report_places_joins_the_one_meeting_in_a_city_of_its_country_on_its_day(string country, string city, SummitKind kind)
    {
        var clusterer = new SummitClusterer(Gazetteer.Default);
        var placed = Cluster(1, Mention(SummitKind.AnnualSummit, "on 19–20 January 2017", Days(2017, 1, 19, 20), false, city, country, "Narendra Modi", "Vladimir Putin"));
        var placeless = Cluster(2, Mention(kind, "on 19–20 January 2017", Days(2017, 1, 19, 20), false, null, country, "Narendra Modi"));
        var elsewhere = Cluster(3, Mention(kind, "on 19–20 January 2017", Days(2017, 1, 19, 20), false, null, country == "India" ? "Russia" : "India", "Narendra Modi"));

        var kept = clusterer.MergePlacelessIntoTheirDay([placed, placeless, elsewhere]);

        Assert.Equal(new[] { placed, elsewhere }, kept);
        Assert.Equal(2, placed.Members.Count);
        Assert.Equal(city, placed.City);
    }

    [Fact]
    public void A_meeting_without_a_place_stays_apart_when_two_meetings_in_its_country_start_on_its_day()
    {
        var clusterer = new SummitClusterer(Gazetteer.Default);
        var clusters = new List<SummitCluster>
        {
            Cluster(1, Mention(SummitKind.StateVisit, "on 5 March 2019", Days(2019, 3, 5), false, "Moscow", "Russia", "Narendra Modi")),
            Cluster(2, Mention(SummitKind.StateVisit, "on 5 March 2019", Days(2019, 3, 5), false, "Sochi", "Russia", "Narendra Modi")),
            Cluster(3, Mention(SummitKind.StateVisit, "on 5 March 2019", Days(2019, 3, 5), false, null, "Russia", "Narendra Modi")),
        };

        Assert.Equal(3, clusterer.MergePlacelessIntoTheirDay(clusters).Count);
    }

    private static SummitCluster Cluster(int articleId, SummitMention mention) =>
        new(new SourcedSummit(new MentionRef(articleId, 0), mention, Stated(2019, 12, 31), mention.Date?.Resolved));

    [Theory]
    // "MOSCOW, Dec 16 - … spoke by phone on Friday": guessed as 2016, when the 16th was itself a Friday; the call was on Friday 15 December 2017.
    [InlineData("on Friday", 2016, 12, 16, 2017, 12, 15)]
    // "Jan 27 - … in a phone call on Wednesday": guessed as 2017 (Wednesday the 25th); the call was on Wednesday 24 January 2018.
    [InlineData("on Wednesday", 2017, 1, 27, 2018, 1, 24)]
    // "March 5 - … spoke by phone on Tuesday", guessed as 2019 (the 5th a Tuesday); the call was on Tuesday 3 March 2020.
    [InlineData("on Tuesday", 2019, 3, 5, 2020, 3, 3)]
    // "Jan 3 - … in a telephone conversation on Wednesday", guessed as 2018 (the 3rd a Wednesday); the call was on Wednesday 2 January 2019.
    [InlineData("on Wednesday", 2018, 1, 3, 2019, 1, 2)]
    public void A_story_dated_by_day_and_month_alone_is_in_the_year_its_weekday_lands_on_a_call_others_date(
        string phrase, int guessedYear, int month, int day, int year, int callMonth, int callDay)
    {
        var call = new DateRange(PartialDate.OfDay(year, callMonth, callDay));
        var firm = Mention(SummitKind.PhoneCall, $"on {callDay}/{callMonth}/{year}", call, false, null, null, "Narendra Modi", "Vladimir Putin");
        var guessedDay = DateResolver.Resolve(DateGrammar.ParseExact(phrase)!, PartialDate.OfDay(guessedYear, month, day), TimeOrientation.Past)!;
        var yearless = Mention(SummitKind.PhoneCall, phrase, guessedDay, true, null, null, "Narendra Modi", "Vladimir Putin");

        var merged = Consolidator.Consolidate([
            Article(1, Stated(year, callMonth, callDay), firm),
            Article(2, Stated(year, callMonth, callDay), firm),
            Article(3, Guessed(guessedYear, month, day), yearless),
        ]);

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(call.Start, summit.Start);
        Assert.Equal(year, merged.AsOfRefinements[3].Value!.Value.Year);
    }

    [Fact]
    public void A_weekday_lands_on_no_meeting_in_the_years_after_and_the_story_keeps_its_year()
    {
        var firm = Mention(SummitKind.PhoneCall, "on 10/3/2017", new DateRange(PartialDate.OfDay(2017, 3, 10)), false, null, null, "Narendra Modi", "Vladimir Putin");
        var yearless = Mention(SummitKind.PhoneCall, "on Friday", Days(2016, 12, 16), true, null, null, "Narendra Modi", "Vladimir Putin");

        var merged = Consolidator.Consolidate([
            Article(1, Stated(2017, 3, 10), firm),
            Article(2, Stated(2017, 3, 11), firm),
            Article(3, Guessed(2016, 12, 16), yearless),
        ]);

        Assert.False(merged.AsOfRefinements.ContainsKey(3));
    }

    [Theory]
    [InlineData("New Delhi", "India", "Vladimir Putin", 2024, 11, 12, 6)]
    [InlineData("Moscow", "Russia", "Narendra Modi", 2019, 9, 4, 3)]
    public void A_meeting_dated_only_by_a_guessed_story_date_whose_firm_reports_give_no_more_than_a_meeting_in_its_city_is_that_ones_echo(
        string city, string country, string visitor, int year, int month, int day, int echoMonth)
    {
        var firm = Mention(SummitKind.AnnualSummit, $"on {day}/{month}/{year}", Days(year, month, day), false, city, country, "Narendra Modi", "Vladimir Putin");
        // "X's trip to CITY in June last year" under a dateline whose year was guessed; "X's trip to CITY last year" under a stated one.
        var monthOfAGuess = Mention(SummitKind.StateVisit, "in June last year", new DateRange(PartialDate.OfMonth(year, echoMonth)), true, city, country, visitor);
        var yearOfAStatedDate = Mention(SummitKind.StateVisit, "last year", new DateRange(PartialDate.OfYear(year)), true, city, country, visitor);

        var merged = Consolidator.Consolidate([
            Article(1, Stated(year, month, day + 1), firm),
            Article(2, Stated(year + 1, 2, 1), firm),
            Article(3, Guessed(year + 1, 8, 1), monthOfAGuess),
            Article(4, Stated(year + 1, 3, 1), yearOfAStatedDate),
        ]);

        Assert.Equal(Days(year, month, day).Start, Assert.Single(merged.Summits).Start);
    }

    [Fact]
    public void A_meeting_dated_only_by_a_guessed_story_date_stands_when_a_stated_one_places_it_in_another_year_than_the_meeting_in_its_city()
    {
        var firm = Mention(SummitKind.AnnualSummit, "on 12/11/2024", Days(2024, 11, 12), false, "New Delhi", "India", "Narendra Modi", "Vladimir Putin");
        var monthOfAGuess = Mention(SummitKind.StateVisit, "in June last year", new DateRange(PartialDate.OfMonth(2023, 6)), true, "New Delhi", "India", "Vladimir Putin");
        var yearOfAStatedDate = Mention(SummitKind.StateVisit, "last year", new DateRange(PartialDate.OfYear(2023)), true, "New Delhi", "India", "Vladimir Putin");

        var merged = Consolidator.Consolidate([
            Article(1, Stated(2024, 11, 13), firm),
            Article(2, Stated(2025, 2, 1), firm),
            Article(3, Guessed(2024, 8, 1), monthOfAGuess),
            Article(4, Stated(2024, 3, 1), yearOfAStatedDate),
        ]);

        Assert.Equal(2, merged.Summits.Count);
    }
}
