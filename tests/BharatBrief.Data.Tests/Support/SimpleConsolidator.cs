using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Tests.Support;

/// <summary>
/// A predictable merge for store tests, whatever the real consolidator does: one summit per mention, one agreement
/// per name, an agreement's summit as its mention says, a "latest" conflict for a summit an article calls the
/// latest while a later one exists, and an undated article's as-of date from its first dated meeting.
/// </summary>
public static class SimpleConsolidator
{
    public static Consolidation Consolidate(IReadOnlyList<ArticleFacts> articles)
    {
        var mentions = articles.SelectMany(article => article.Summits.Select((mention, i) => (Ref: new MentionRef(article.ArticleId, i), Mention: mention))).ToArray();
        var latest = mentions.Select(item => item.Mention.Date?.Resolved?.Start).Max();
        var summits = mentions.Select(item => Summit(item.Ref, item.Mention, latest)).ToArray();
        var summitIndex = mentions.Select((item, index) => (item.Ref, index)).ToDictionary(pair => pair.Ref, pair => pair.index);
        var agreements = articles
            .SelectMany(article => article.Agreements.Select((mention, i) => (Ref: new MentionRef(article.ArticleId, i), Mention: mention, article.AsOf)))
            .GroupBy(item => item.Mention.Name, StringComparer.OrdinalIgnoreCase)
            .Select(group => new MergedAgreement(
                [.. group.Select(item => item.Ref)], group.First().Mention.Name,
                [.. group.SelectMany(item => item.Mention.Aliases).Distinct()], group.First().Mention.Kind,
                group.Max(item => item.Mention.Status), group.First().Mention.Date,
                group.First().Mention.SummitIndex is int i ? summitIndex[new MentionRef(group.First().Ref.ArticleId, i)] : null,
                [.. group.SelectMany(item => item.Mention.Themes).Distinct()],
                [.. group.SelectMany(item => item.Mention.Statuses.Select(claim => new StatusHistoryEntry(claim.Status, item.Ref, claim.Evidence, item.AsOf.Value)))]))
            .ToArray();
        // Articles without a date of their own take their first dated meeting's, as a refinement.
        var refinements = articles
            .Where(article => article.AsOf.Value is null)
            .Select(article => (article.ArticleId, Date: article.Summits.Select(mention => mention.Date?.Resolved?.Start).FirstOrDefault(date => date is not null)))
            .Where(pair => pair.Date is not null)
            .ToDictionary(pair => pair.ArticleId, pair => new AsOfDate(pair.Date, "date of the meeting it reports"));
        return new Consolidation(summits, agreements, refinements);
    }

    private static MergedSummit Summit(MentionRef source, SummitMention mention, PartialDate? latest)
    {
        var start = mention.Date?.Resolved?.Start;
        FieldConflict[] conflicts = mention.ClaimsLatest && latest is { } newer && (start is null || newer > start)
            ? [new FieldConflict("latest annual summit", [new ConflictClaim(start?.ToString() ?? "?", source, mention.Evidence[0].Quote), new ConflictClaim(newer.ToString(), source, mention.Evidence[0].Quote)])]
            : [];
        return new MergedSummit([source], mention.City is { } city ? $"Summit, {city}" : "Summit", mention.Kind, mention.Status, start, mention.Date?.Resolved?.End,
            mention.City, mention.Country, mention.Venue, mention.Forum, mention.Ordinal, false, mention.Participants, mention.Themes, conflicts);
    }
}
