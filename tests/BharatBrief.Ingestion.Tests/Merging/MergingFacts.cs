using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>The facts merging cases are built from: one article's mention of a meeting, and the dates it gives.</summary>
internal static class MergingFacts
{
    public static SummitMention AtTheForum(string forum, string city, string country, MentionDate date, SummitStatus status = SummitStatus.Held) =>
        new(SummitKind.Multilateral, status, date, city, country, null, forum, null, ["Narendra Modi", "Vladimir Putin"], false,
            [new Evidence(0, new TextSpan(0, date.Text.Length), $"Modi and Putin met at the {forum} summit in {city} {date.Text}.")], []);

    public static MentionDate InFull(string text, DateRange range) => new(text, TimeOrientation.Past, range, DependsOnAsOf: false);

    public static DateRange Day(int year, int month, int day) => new(PartialDate.OfDay(year, month, day));

    public static ArticleFacts Article(int id, AsOfDate asOf, SummitMention mention) => new(id, asOf, [mention], []);
}
