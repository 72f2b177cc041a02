using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>Merges the mentions of all articles into one summit per meeting and one agreement per agreement.</summary>
public static class Consolidator
{
    public static Consolidation Consolidate(IReadOnlyList<ArticleFacts> articles)
    {
        var summits = new List<MergedSummit>();
        foreach (var article in articles)
        {
            for (var i = 0; i < article.Summits.Count; i++)
            {
                var mention = article.Summits[i];
                summits.Add(new MergedSummit(
                    [new MentionRef(article.ArticleId, i)], mention.City ?? "Summit", mention.Kind, mention.Status,
                    mention.Date?.Resolved?.Start, mention.Date?.Resolved?.End, mention.City, mention.Country, mention.Venue,
                    mention.Forum, mention.Ordinal, false, mention.Participants, mention.Themes, []));
            }
        }
        var agreements = articles
            .SelectMany(article => article.Agreements.Select((mention, i) => (Ref: new MentionRef(article.ArticleId, i), Mention: mention, article.AsOf)))
            .GroupBy(item => item.Mention.Name, StringComparer.OrdinalIgnoreCase)
            .Select(group => new MergedAgreement(
                group.Select(item => item.Ref).ToArray(), group.First().Mention.Name,
                group.SelectMany(item => item.Mention.Aliases).Distinct().ToArray(), group.First().Mention.Kind,
                group.Max(item => item.Mention.Status), group.First().Mention.Date, null,
                group.SelectMany(item => item.Mention.Themes).Distinct().ToArray(),
                group.SelectMany(item => item.Mention.Statuses.Select(claim => new StatusHistoryEntry(claim.Status, item.Ref, claim.Evidence, item.AsOf.Value))).ToArray()))
            .ToArray();
        return new Consolidation(summits, agreements, new Dictionary<int, AsOfDate>());
    }
}
