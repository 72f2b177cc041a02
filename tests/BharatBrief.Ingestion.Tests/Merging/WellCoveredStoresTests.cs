using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

using static BharatBrief.Ingestion.Tests.Merging.MergingFacts;
using static BharatBrief.Ingestion.Tests.Merging.StoryDates;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>
/// How many articles a meeting needs: one in a small collection, where most meetings are told once; more than one in
/// a store whose typical meeting many articles tell, where a meeting one article alone tells is most often a misreading.
/// </summary>
public sealed class WellCoveredStoresTests
{
    private static SummitMention Call(DateRange day) =>
        new(SummitKind.PhoneCall, SummitStatus.Held, InFull(day.ToString(), day), null, null, null, null, null, ["Narendra Modi", "Vladimir Putin"], false,
            [new Evidence(0, new TextSpan(0, 10), $"Modi and Putin spoke by phone on {day}.")], []);

    private static SummitMention NumberedSummit(int ordinal, DateRange day, string city, string country) =>
        new(SummitKind.AnnualSummit, SummitStatus.Held, InFull(day.ToString(), day), city, country, null, null, ordinal, ["Narendra Modi", "Vladimir Putin"], false,
            [new Evidence(0, new TextSpan(0, 10), $"The {ordinal}th annual summit in {city} on {day}.")], []);

    public static TheoryData<string, SummitMention> LoneReports => new()
    {
        { "a call", Call(Day(2012, 7, 12)) },
        { "a forum's summit", AtTheForum("BRICS", "Qingdao", "China", InFull("on 13 December 2021", Day(2021, 12, 13))) },
        { "a numbered summit", NumberedSummit(6, Day(2005, 6, 2), "New Delhi", "India") },
    };

    /// <summary>Five calls of 2023, each told by <paramref name="articlesEach"/> articles, and the lone report as article 1000.</summary>
    private static List<ArticleFacts> Store(int articlesEach, SummitMention lone)
    {
        var articles = new List<ArticleFacts>();
        for (var call = 0; call < 5; call++)
        {
            var day = Day(2023, call + 1, 10);
            for (var article = 0; article < articlesEach; article++)
            {
                articles.Add(Article(call * 100 + article + 1, Stated(2023, call + 1, 11 + article), Call(day)));
            }
        }
        articles.Add(Article(1000, Stated(2024, 2, 2), lone));
        return articles;
    }

    /// <summary>"Modi and Putin met informally in Sochi in July last year", in stories whose year was only guessed.</summary>
    private static SummitMention MeetingCountedFromTheStory() =>
        new(SummitKind.InformalSummit, SummitStatus.Held, new MentionDate("in July last year", TimeOrientation.Past, new DateRange(PartialDate.OfMonth(2023, 7)), DependsOnAsOf: true),
            "Sochi", "Russia", null, null, null, ["Narendra Modi", "Vladimir Putin"], false,
            [new Evidence(0, new TextSpan(0, 10), "Modi and Putin met informally in Sochi in July last year.")], []);

    [Fact]
    public void A_meeting_dated_only_from_guessed_story_dates_is_shown_only_where_meetings_are_told_by_few_articles()
    {
        foreach (var articlesEach in new[] { 1, 8 })
        {
            var articles = Store(articlesEach, Call(Day(2024, 1, 20)));
            articles.AddRange(Enumerable.Range(0, 3).Select(i => Article(2000 + i, Guessed(2024, 3, 4 + i), MeetingCountedFromTheStory())));

            var merged = Consolidator.Consolidate(articles);

            var shown = merged.Summits.Any(summit => summit.Mentions.Any(mention => mention.ArticleId >= 2000));
            Assert.True(shown == articlesEach < 5, $"meetings told {articlesEach} times each: shown {shown}");
        }
    }

    [Theory]
    [MemberData(nameof(LoneReports))]
    public void A_meeting_one_article_alone_tells_is_shown_only_where_meetings_are_told_by_few_articles_or_when_an_editor_pinned_it(string what, SummitMention lone)
    {
        foreach (var articlesEach in new[] { 1, 2, 4, 5, 8 })
        {
            var merged = Consolidator.Consolidate(Store(articlesEach, lone));

            var shown = merged.Summits.Any(summit => summit.Mentions.Any(mention => mention.ArticleId == 1000));
            Assert.True(shown == articlesEach < 5, $"{what}, meetings told {articlesEach} times each: shown {shown}");
            Assert.Equal(shown ? 6 : 5, merged.Summits.Count);
        }

        var pinned = ConsolidationDirectives.None with { SummitPins = new Dictionary<MentionRef, int> { [new MentionRef(1000, 0)] = 42 } };
        var kept = Consolidator.Consolidate(Store(6, lone), pinned);
        Assert.Equal(42, Assert.Single(kept.Summits, summit => summit.Mentions.Any(mention => mention.ArticleId == 1000)).PinnedTo);
    }
}
