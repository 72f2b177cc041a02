using BharatBrief.Ingestion.Merging;
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
        var summitRows = (await db.SummitMentions.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(row => row.Index).ToLookup(row => row.ArticleId);
        var agreementRows = (await db.AgreementMentions.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(row => row.Index).ToLookup(row => row.ArticleId);

        var summits = new MentionRows();
        var agreements = new MentionRows();
        var facts = new List<ArticleFacts>(articles.Count);
        foreach (var article in articles)
        {
            // A mention's position in its article's list is what MentionRef.Index means.
            var articleSummits = summitRows[article.Id].ToArray();
            for (var i = 0; i < articleSummits.Length; i++)
            {
                summits.Add(new MentionRef(article.Id, i), articleSummits[i].Id, articleSummits[i].SummitId);
            }
            var articleAgreements = agreementRows[article.Id].ToArray();
            for (var i = 0; i < articleAgreements.Length; i++)
            {
                agreements.Add(new MentionRef(article.Id, i), articleAgreements[i].Id, articleAgreements[i].AgreementId);
            }
            facts.Add(new ArticleFacts(
                article.Id,
                MentionRecords.AsOfOf(article.OwnAsOf, article.OwnAsOfBasis, article.OwnAsOfIsLowerBound),
                [.. articleSummits.Select(MentionRecords.ToRecord)],
                [.. articleAgreements.Select(MentionRecords.ToRecord)]));
        }
        var directives = await DirectivesLoader.LoadAsync(db, facts, cancellationToken);
        return new StoredFacts(facts, articles, summits, agreements, directives);
    }
}
