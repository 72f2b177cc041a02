using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

using static BharatBrief.Ingestion.Tests.Merging.MergingFacts;
using static BharatBrief.Ingestion.Tests.Merging.StoryDates;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>
/// A forum's summit recalled without a date of its own ("at the G20 summit in Riyadh last year" under a guessed story
/// date, or the gazetteer's edition of a forum that met in the city in another year) beside reports that date that
/// forum's summit in that city in full.
/// </summary>
public sealed class ForumEchoesTests
{
    private static MentionDate CountedFromTheStory(string text, DateRange range) => new(text, TimeOrientation.Past, range, DependsOnAsOf: true);

    public static TheoryData<string, string, string, int, int, int, MentionDate> Echoes => new()
    {
        // "At the SCO summit in Astana last year", under a dateline whose year was guessed seven years early.
        { "SCO", "Astana", "Kazakhstan", 2024, 6, 7, CountedFromTheStory("last year", new DateRange(PartialDate.OfYear(2017))) },
        // "At the G20 summit in Riyadh in November last year", the year a guess.
        { "G20", "Riyadh", "Saudi Arabia", 2021, 11, 6, CountedFromTheStory("in November last year", new DateRange(PartialDate.OfMonth(2024, 11))) },
        // "On the sidelines of the BRICS summit in Fortaleza", undated: the gazetteer lends the real forum's 2014 summit there.
        { "BRICS", "Fortaleza", "Brazil", 2020, 9, 10, ForumCalendar.DateOf("BRICS", "Fortaleza", new DateRange(PartialDate.OfDay(2014, 7, 15), PartialDate.OfDay(2014, 7, 16))) },
        // "Since June 2017", lent by a sentence about another meeting, dates one report alone.
        { "SCO", "Astana", "Kazakhstan", 2024, 6, 7, InFull("June 2017", new DateRange(PartialDate.OfMonth(2017, 6))) },
    };

    [Theory]
    [MemberData(nameof(Echoes))]
    public void A_forum_summit_fewer_than_two_articles_date_in_full_is_the_one_that_forum_held_in_that_city(
        string forum, string city, string country, int year, int month, int day, MentionDate echoDate)
    {
        var firm = AtTheForum(forum, city, country, InFull($"on {day}/{month}/{year}", Day(year, month, day)));

        var merged = Consolidator.Consolidate([
            Article(1, Stated(year, month, day + 1), firm),
            Article(2, Stated(year + 1, 1, 5), firm),
            Article(3, Guessed(echoDate.Resolved!.Start.Year + 1, 3, 1), AtTheForum(forum, city, country, echoDate)),
        ]);

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(Day(year, month, day).Start, summit.Start);
        Assert.Equal(3, summit.Mentions.Count);
    }

    /// <summary>"Modi met Putin at the BRICS summit in Johannesburg, their first meeting since October 2017": the forum's name, not its city, carried over to the earlier meeting.</summary>
    private static SummitMention SinceAtTheForum(string forum, DateRange month) =>
        new(SummitKind.Multilateral, SummitStatus.Held, InFull(month.Start.ToString(), month), null, null, null, forum, null, ["Narendra Modi", "Vladimir Putin"], false,
            [new Evidence(0, new TextSpan(0, 10), $"Modi met Putin at the {forum} summit, their first meeting since {month.Start}.")], []);

    public static TheoryData<string, string, string, DateOnly, MentionDate, DateRange> EchoesBesideDatesOfNoCity => new()
    {
        { "BRICS", "Moscow", "Russia", new DateOnly(2014, 10, 13), CountedFromTheStory("on 13 October", Day(2017, 10, 13)), new DateRange(PartialDate.OfMonth(2017, 10)) },
        { "SCO", "Astana", "Kazakhstan", new DateOnly(2024, 6, 7), CountedFromTheStory("in June", new DateRange(PartialDate.OfMonth(2017, 6))), new DateRange(PartialDate.OfMonth(2017, 6)) },
        { "G20", "Osaka", "Japan", new DateOnly(2019, 6, 29), CountedFromTheStory("on Saturday", Day(2022, 6, 25)), new DateRange(PartialDate.OfMonth(2022, 6)) },
    };

    [Theory]
    [MemberData(nameof(EchoesBesideDatesOfNoCity))]
    public void Dates_given_in_full_by_reports_that_name_no_city_do_not_keep_a_forum_summit_in_a_city_apart(
        string forum, string city, string country, DateOnly held, MentionDate echoDate, DateRange since)
    {
        var firm = AtTheForum(forum, city, country, InFull($"on {held.Day}/{held.Month}/{held.Year}", Day(held.Year, held.Month, held.Day)));

        var merged = Consolidator.Consolidate([
            Article(1, Stated(held.Year, held.Month, held.Day + 1), firm),
            Article(2, Stated(held.Year + 1, 1, 5), firm),
            Article(3, Stated(since.Start.Year, 11, 30), AtTheForum(forum, city, country, echoDate)),
            Article(4, Stated(since.Start.Year + 1, 6, 6), SinceAtTheForum(forum, since)),
            Article(5, Stated(since.Start.Year + 1, 6, 7), SinceAtTheForum(forum, since)),
        ]);

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(PartialDate.OfDay(held), summit.Start);
        Assert.Equal(5, summit.Mentions.Count);
    }

    [Fact]
    public void The_echo_of_a_forum_that_met_twice_in_a_city_joins_the_nearer_summit()
    {
        var first = AtTheForum("BRICS", "Johannesburg", "South Africa", InFull("on 4 June 2018", Day(2018, 6, 4)));
        var second = AtTheForum("BRICS", "Johannesburg", "South Africa", InFull("on 26 August 2023", Day(2023, 8, 26)));
        var echo = AtTheForum("BRICS", "Johannesburg", "South Africa", CountedFromTheStory("in August last year", new DateRange(PartialDate.OfMonth(2021, 8))));

        // Listed in both orders: the result does not depend on the order articles come in.
        foreach (var order in new[] { new[] { 1, 2, 3, 4, 5 }, new[] { 5, 4, 3, 2, 1 } })
        {
            var articles = new Dictionary<int, ArticleFacts>
            {
                [1] = Article(1, Stated(2018, 6, 5), first),
                [2] = Article(2, Stated(2019, 1, 5), first),
                [3] = Article(3, Stated(2023, 8, 27), second),
                [4] = Article(4, Stated(2024, 1, 5), second),
                [5] = Article(5, Guessed(2022, 3, 1), echo),
            };

            var merged = Consolidator.Consolidate(order.Select(id => articles[id]).ToList());

            Assert.Equal(2, merged.Summits.Count);
            var later = Assert.Single(merged.Summits, summit => summit.Start == Day(2023, 8, 26).Start);
            Assert.Equal(3, later.Mentions.Count);
        }
    }

    [Fact]
    public void A_forum_summit_reported_called_off_does_not_join_one_held()
    {
        var held = AtTheForum("SCO", "Astana", "Kazakhstan", InFull("on 7 June 2024", Day(2024, 6, 7)));
        var calledOff = AtTheForum("SCO", "Astana", "Kazakhstan", CountedFromTheStory("last year", new DateRange(PartialDate.OfYear(2017))), SummitStatus.Cancelled);

        var merged = Consolidator.Consolidate([
            Article(1, Stated(2024, 6, 8), held),
            Article(2, Stated(2025, 1, 5), held),
            Article(3, Guessed(2018, 3, 1), calledOff),
        ]);

        Assert.Equal(2, merged.Summits.Count);
    }

    private static SummitMention LeadersMeet(string city, string country, DateRange day) =>
        new(SummitKind.Meeting, SummitStatus.Held, CountedFromTheStory("on Saturday", day), city, country, null, null, null, ["Narendra Modi", "Vladimir Putin"], false,
            [new Evidence(0, new TextSpan(0, 11), "Modi meets Putin at the summit")], []);

    [Theory]
    [InlineData("BRICS", "Goa", "India", 2021, 7, 8, 10)]
    [InlineData("BRICS", "Fortaleza", "Brazil", 2020, 9, 10, 10)]
    [InlineData("SCO", "Samarkand", "Uzbekistan", 2023, 10, 9, 7)]
    public void A_leaders_meeting_in_a_city_within_a_week_of_the_forum_summit_there_is_their_meeting_on_its_sidelines(
        string forum, string city, string country, int year, int month, int day, int meetingDay)
    {
        var summit = AtTheForum(forum, city, country, InFull($"on {day}/{month}/{year}", Day(year, month, day)));

        var merged = Consolidator.Consolidate([
            Article(1, Stated(year, month, day + 1), summit),
            Article(2, Stated(year + 1, 1, 5), summit),
            Article(3, Stated(year, month, meetingDay), LeadersMeet(city, country, Day(year, month, meetingDay))),
        ]);

        Assert.Equal(3, Assert.Single(merged.Summits).Mentions.Count);
    }

    [Fact]
    public void A_leaders_meeting_weeks_after_the_forum_summit_in_its_city_stays_apart()
    {
        var summit = AtTheForum("BRICS", "Goa", "India", InFull("on 8 July 2021", Day(2021, 7, 8)));

        var merged = Consolidator.Consolidate([
            Article(1, Stated(2021, 7, 9), summit),
            Article(2, Stated(2022, 1, 5), summit),
            Article(3, Stated(2021, 8, 1), LeadersMeet("Goa", "India", Day(2021, 7, 31))),
        ]);

        Assert.Equal(2, merged.Summits.Count);
    }
}
