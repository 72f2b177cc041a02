using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>Reads every article's mentions back from the store for consolidation.</summary>
internal static class FactsLoader
{
    public static async Task<StoredFacts> LoadAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new ArticleAsOfState(a.Id, a.AsOf, a.AsOfBasis, a.OwnAsOf, a.OwnAsOfBasis, a.OwnAsOfIsLowerBound))
            .ToListAsync(cancellationToken);
        // Rows stream past one at a time: only the records merging needs stay in memory, not the rows they came from.
        var summitsOf = new Dictionary<int, List<(int RowId, int? OwnerId, SummitMention Record)>>();
        await foreach (var row in db.SummitMentions.AsNoTracking().OrderBy(row => row.ArticleId).ThenBy(row => row.Index)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            ListOf(summitsOf, row.ArticleId).Add((row.Id, row.SummitId, MentionRecords.ToMergingRecord(row)));
        }
        var agreementsOf = new Dictionary<int, List<(int RowId, int? OwnerId, AgreementMention Record)>>();
        await foreach (var row in db.AgreementMentions.AsNoTracking().OrderBy(row => row.ArticleId).ThenBy(row => row.Index)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            ListOf(agreementsOf, row.ArticleId).Add((row.Id, row.AgreementId, MentionRecords.ToMergingRecord(row)));
        }

        var summits = new MentionRows();
        var agreements = new MentionRows();
        var facts = new List<ArticleFacts>(articles.Count);
        foreach (var article in articles)
        {
            // A mention's position in its article's list is what MentionRef.Index means.
            var articleSummits = summitsOf.GetValueOrDefault(article.Id) ?? [];
            for (var i = 0; i < articleSummits.Count; i++)
            {
                summits.Add(new MentionRef(article.Id, i), articleSummits[i].RowId, articleSummits[i].OwnerId);
            }
            var articleAgreements = agreementsOf.GetValueOrDefault(article.Id) ?? [];
            for (var i = 0; i < articleAgreements.Count; i++)
            {
                agreements.Add(new MentionRef(article.Id, i), articleAgreements[i].RowId, articleAgreements[i].OwnerId);
            }
            facts.Add(new ArticleFacts(
                article.Id,
                MentionRecords.AsOfOf(article.OwnAsOf, article.OwnAsOfBasis, article.OwnAsOfIsLowerBound),
                [.. articleSummits.Select(mention => mention.Record)],
                [.. articleAgreements.Select(mention => mention.Record)]));
        }
        var directives = await DirectivesLoader.LoadAsync(db, facts, cancellationToken);
        return new StoredFacts(facts, articles, summits, agreements, directives);
    }

    private static List<T> ListOf<T>(Dictionary<int, List<T>> lists, int key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        return list;
    }
}
