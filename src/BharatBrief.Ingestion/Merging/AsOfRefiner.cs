using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Dates articles by the meetings they report. An article whose own text gives at best a lower bound, and whose
/// main meeting is one that other sources date ("an informal meeting on Monday" at Novo-Ogaryovo, which others put in
/// July 2024), was written when that meeting was news.
/// </summary>
internal static class AsOfRefiner
{
    public static Dictionary<int, AsOfDate> Refine(IReadOnlyList<ArticleFacts> articles, IReadOnlyDictionary<MentionRef, SummitCluster> clusterOf)
    {
        var refinements = new Dictionary<int, AsOfDate>();
        foreach (var article in articles)
        {
            if ((article.AsOf.Value is not null && !article.AsOf.IsLowerBound) || article.Summits.Count == 0)
            {
                continue;
            }
            var main = article.Summits[0];
            var undatedByItself = main.Date is null || (main.Date.DependsOnAsOf && main.Date.Resolved is null);
            if (main.Status != SummitStatus.Held || !undatedByItself
                || !clusterOf.TryGetValue(new MentionRef(article.ArticleId, 0), out var cluster)
                || cluster.Members.Count < 2
                || cluster.Dates is not { Start.Precision: >= DatePrecision.Month } dates
                || (article.AsOf.Value is { } bound && dates.Start.FirstDay < bound.FirstDay))
            {
                continue;
            }
            var place = cluster.City ?? cluster.HostCountry ?? "a meeting";
            refinements[article.ArticleId] = new AsOfDate(dates.Start.Truncate(DatePrecision.Month), $"reports the {place} meeting of {dates.Start.Truncate(DatePrecision.Month)} as news");
        }
        return refinements;
    }
}
