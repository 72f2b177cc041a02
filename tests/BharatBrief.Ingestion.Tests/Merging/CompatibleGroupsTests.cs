using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

using static BharatBrief.Ingestion.Tests.Merging.StoryDates;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>
/// Groups left apart by the order their reports came in: once all groups are formed, one that cannot be told from a
/// group saying more about the same meeting joins it, whatever order the groups are listed in.
/// </summary>
public sealed class CompatibleGroupsTests
{
    private static readonly string[] BothLeaders = ["Narendra Modi", "Vladimir Putin"];

    private static SummitMention Report(
        SummitKind kind, DateRange dates, string? city = null, string? country = null, int? ordinal = null, string? forum = null,
        SummitStatus status = SummitStatus.Held, string[]? participants = null) =>
        new(kind, status, new MentionDate(dates.ToString(), TimeOrientation.Past, dates, DependsOnAsOf: false), city, country, null, forum, ordinal,
            participants ?? BothLeaders, false, [new Evidence(0, new TextSpan(0, 10), $"{kind} {dates} {city}")], []);

    /// <summary>A group of one report from each of the given articles.</summary>
    private static SummitCluster Group(SummitMention report, params int[] articles)
    {
        var group = new SummitCluster(Sourced(articles[0], 0, report));
        foreach (var article in articles.Skip(1))
        {
            group.Add(Sourced(article, 0, report));
        }
        return group;
    }

    private static SourcedSummit Sourced(int article, int index, SummitMention report) =>
        new(new MentionRef(article, index), report, Stated(2026, 1, 1), report.Date!.Resolved);

    private static DateRange Day(int year, int month, int day, int? lastDay = null) =>
        new(PartialDate.OfDay(year, month, day), lastDay is { } last ? PartialDate.OfDay(year, month, last) : null);

    private static DateRange Month(int year, int month) => new(PartialDate.OfMonth(year, month));

    private static DateRange Year(int year) => new(PartialDate.OfYear(year));

    private static List<SummitCluster> Merge(params SummitCluster[] groups) => new SummitClusterer(Gazetteer.Default).MergeCompatibleGroups([.. groups]);

    public static TheoryData<SummitMention, SummitMention> LooserReportsOfOneMeeting => new()
    {
        // "The leaders last met for an annual summit in 2015, in Mumbai" beside the summit there on 22–23 December 2015.
        { Report(SummitKind.Meeting, Year(2015), "Mumbai", "India"), Report(SummitKind.AnnualSummit, Day(2015, 12, 22, 23), "Mumbai", "India", 13) },
        // "Mishustin's visit to Goa in December last year" beside the visit of 1–3 December 2024.
        { Report(SummitKind.StateVisit, Month(2024, 12), "Goa", "India"), Report(SummitKind.StateVisit, Day(2024, 12, 1, 3), "Goa", "India") },
        // "They spoke by phone in March" beside the call of 2 March 2022.
        { Report(SummitKind.PhoneCall, Month(2022, 3)), Report(SummitKind.PhoneCall, Day(2022, 3, 2)) },
        // "At the BRICS summit in Kazan last year" beside the leaders' meeting there on 22 October 2024.
        { Report(SummitKind.Multilateral, Year(2024), "Kazan", "Russia", forum: "BRICS"), Report(SummitKind.Multilateral, Day(2024, 10, 22), "Kazan", "Russia", forum: "BRICS") },
        // "A state visit to Russia in 2016" beside the 17th summit in Moscow on 19 December 2016.
        { Report(SummitKind.StateVisit, Year(2016), null, "Russia"), Report(SummitKind.AnnualSummit, Day(2016, 12, 19), "Moscow", "Russia", 17) },
    };

    [Theory]
    [MemberData(nameof(LooserReportsOfOneMeeting))]
    public void A_looser_report_joins_the_one_group_that_dates_its_meeting_more_precisely(SummitMention loose, SummitMention precise)
    {
        var host = Group(precise, 1, 2, 3);
        var echo = Group(loose, 4);
        var otherYear = Group(precise with { Date = precise.Date! with { Resolved = Day(2011, 2, 3) } }, 5, 6);

        var kept = Merge(echo, host, otherYear);

        Assert.Equal(new[] { host, otherYear }, kept);
        Assert.Equal(4, host.Members.Count);
    }

    public static TheoryData<SummitMention, SummitMention> ReportsOfTwoMeetings => new()
    {
        // Another city.
        { Report(SummitKind.AnnualSummit, Year(2015), "Moscow", "Russia"), Report(SummitKind.AnnualSummit, Day(2015, 12, 22), "Mumbai", "India") },
        // Another number.
        { Report(SummitKind.AnnualSummit, Year(2015), ordinal: 12), Report(SummitKind.AnnualSummit, Day(2015, 12, 22), "Mumbai", "India", 13) },
        // Another forum.
        { Report(SummitKind.Multilateral, Year(2019), forum: "SCO"), Report(SummitKind.Multilateral, Day(2019, 11, 13), "Brasilia", "Brazil", forum: "BRICS") },
        // Called off, beside the one held.
        { Report(SummitKind.AnnualSummit, Month(2009, 12), "Moscow", "Russia", status: SummitStatus.Cancelled), Report(SummitKind.AnnualSummit, Day(2009, 12, 7), "Moscow", "Russia") },
        // A call is no visit.
        { Report(SummitKind.PhoneCall, Month(2022, 7)), Report(SummitKind.StateVisit, Day(2022, 7, 26), "New Delhi", "India") },
        // November is not December.
        { Report(SummitKind.StateVisit, Month(2025, 11), null, "Russia"), Report(SummitKind.AnnualSummit, Day(2025, 12, 5), "St Petersburg", "Russia") },
        // The leaders' meeting at the BRICS summit in Moscow is not the 12th annual summit there.
        { Report(SummitKind.Multilateral, Year(2014), "Moscow", "Russia", forum: "BRICS"), Report(SummitKind.AnnualSummit, Day(2014, 8, 22), "Moscow", "Russia", 12) },
        // Another Indian prime minister.
        { Report(SummitKind.StateVisit, Year(2014), participants: ["Manmohan Singh", "Vladimir Putin"]), Report(SummitKind.AnnualSummit, Day(2014, 12, 11), "New Delhi", "India") },
    };

    [Theory]
    [MemberData(nameof(ReportsOfTwoMeetings))]
    public void A_report_stays_apart_from_a_group_it_can_be_told_from_while_one_it_cannot_joins(SummitMention other, SummitMention precise)
    {
        var host = Group(precise, 1, 2, 3);
        var apart = Group(other, 4);
        var echo = Group(precise with { Date = new MentionDate("that year", TimeOrientation.Past, Year(precise.Date!.Resolved!.Start.Year), DependsOnAsOf: false) }, 5);

        var kept = Merge(apart, echo, host);

        Assert.Equal(new[] { apart, host }, kept);
        Assert.Equal([1, 2, 3, 5], host.Members.Select(member => member.Ref.ArticleId).Order());
    }

    [Fact]
    public void A_report_that_fits_two_meetings_alike_stays_apart_while_one_that_fits_one_joins_it()
    {
        var moscow = Group(Report(SummitKind.StateVisit, Day(2019, 3, 5), "Moscow", "Russia"), 1, 2);
        var sochi = Group(Report(SummitKind.StateVisit, Day(2019, 9, 4), "Sochi", "Russia"), 3, 4);
        var either = Group(Report(SummitKind.StateVisit, Year(2019), null, "Russia"), 5);
        var march = Group(Report(SummitKind.StateVisit, Month(2019, 3), null, "Russia"), 6);

        var kept = Merge(moscow, sochi, either, march);

        Assert.Equal(new[] { moscow, sochi, either }, kept);
        Assert.Equal([1, 2, 6], moscow.Members.Select(member => member.Ref.ArticleId).Order());
    }

    [Fact]
    public void Of_two_meetings_a_report_fits_it_joins_the_one_that_names_its_city()
    {
        var visit = Group(Report(SummitKind.StateVisit, Month(2025, 11), null, "Russia"), 1, 2, 3);
        var summit = Group(Report(SummitKind.AnnualSummit, Day(2025, 12, 5), "St Petersburg", "Russia", 20), 4, 5);
        var recalled = Group(Report(SummitKind.Meeting, Year(2025), "St Petersburg", "Russia"), 6);

        var kept = Merge(recalled, visit, summit);

        Assert.Equal(new[] { visit, summit }, kept);
        Assert.Equal(3, summit.Members.Count);
    }

    [Fact]
    public void A_year_a_month_and_a_day_of_one_meeting_end_as_one_group()
    {
        var day = Group(Report(SummitKind.AnnualSummit, Day(2021, 12, 6), "New Delhi", "India", 21), 1, 2);
        var month = Group(Report(SummitKind.StateVisit, Month(2021, 12), "New Delhi", "India"), 3);
        var year = Group(Report(SummitKind.Meeting, Year(2021), "New Delhi", "India"), 4);

        var kept = Merge(year, month, day);

        Assert.Equal(new[] { day }, kept);
        Assert.Equal([1, 2, 3, 4], day.Members.Select(member => member.Ref.ArticleId).Order());
    }

    [Fact]
    public void Two_reports_one_article_dates_alike_stay_two_meetings_and_a_looser_one_joins()
    {
        var summit = Report(SummitKind.AnnualSummit, Day(2000, 10, 3), "New Delhi", "India", 1);
        var host = new SummitCluster(Sourced(1, 0, summit));
        host.Add(Sourced(2, 0, summit));
        var sameDay = new SummitCluster(Sourced(1, 1, Report(SummitKind.InformalSummit, Day(2000, 10, 3), null, "India")));
        var sameYear = new SummitCluster(Sourced(1, 2, Report(SummitKind.Meeting, Year(2000), "New Delhi", "India")));

        var kept = Merge(host, sameDay, sameYear);

        Assert.Equal(new[] { host, sameDay }, kept);
        Assert.Equal(3, host.Members.Count);
    }

    [Fact]
    public void The_groups_that_result_do_not_depend_on_the_order_they_are_listed_in()
    {
        SummitCluster[] Groups() =>
        [
            Group(Report(SummitKind.AnnualSummit, Day(2021, 12, 6), "New Delhi", "India", 21), 1, 2),
            Group(Report(SummitKind.StateVisit, Month(2021, 12), "New Delhi", "India"), 3),
            Group(Report(SummitKind.Meeting, Year(2021), "New Delhi", "India"), 4),
            Group(Report(SummitKind.StateVisit, Month(2021, 11), "Chennai", "India"), 5, 6),
            Group(Report(SummitKind.StateVisit, Year(2021), null, "India"), 7),
        ];

        var outcomes = Permutations(Enumerable.Range(0, 5).ToArray())
            .Select(order =>
            {
                var groups = Groups();
                var kept = Merge([.. order.Select(i => groups[i])]);
                return string.Join(" / ", kept.Select(group => string.Join(",", group.Members.Select(member => member.Ref.ArticleId).Order())).Order());
            })
            .Distinct()
            .ToList();

        Assert.Equal(["1,2,3,4", "5,6", "7"], Assert.Single(outcomes).Split(" / "));
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany(first => Permutations([.. items.Where(item => item != first)]).Select(rest => (int[])[first, .. rest]));
}
