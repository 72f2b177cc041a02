using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Reads every article's mentions back from the store for consolidation: only the columns merging reads, one row at a
/// time, each value held once however many mentions repeat it (<see cref="ValuePool"/>). The words of agreements'
/// status claims stay in the store until their agreement is written (<see cref="StatusQuotes"/>).
/// </summary>
internal static class FactsLoader
{
    public static async Task<(IReadOnlyList<ArticleFacts> Articles, StoredFacts Stored)> LoadAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        var pool = new ValuePool();
        // Kept until the articles' dates are written: the dates and their reasons repeat across thousands of articles.
        var articles = new List<ArticleAsOfState>();
        await foreach (var a in db.Articles.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.AsOf, a.AsOfBasis, a.OwnAsOf, a.OwnAsOfBasis, a.OwnAsOfIsLowerBound })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            articles.Add(new ArticleAsOfState(a.Id, pool.Of(a.AsOf), pool.Of(a.AsOfBasis)!, pool.Of(a.OwnAsOf), pool.Of(a.OwnAsOfBasis)!, a.OwnAsOfIsLowerBound));
        }
        var summitsOf = await ReadByArticleAsync(
            db.SummitMentions.AsNoTracking().OrderBy(row => row.ArticleId).ThenBy(row => row.Index).Select(row => new SummitMentionRow
            {
                Id = row.Id,
                ArticleId = row.ArticleId,
                SummitId = row.SummitId,
                Kind = row.Kind,
                Status = row.Status,
                DateText = row.DateText,
                DateOrientation = row.DateOrientation,
                DateStart = row.DateStart,
                DateEnd = row.DateEnd,
                DateDependsOnAsOf = row.DateDependsOnAsOf,
                City = row.City,
                Country = row.Country,
                Venue = row.Venue,
                Forum = row.Forum,
                Ordinal = row.Ordinal,
                Participants = row.Participants,
                ClaimsLatest = row.ClaimsLatest,
                Evidence = row.Evidence,
                Themes = row.Themes,
            }),
            row => row.ArticleId,
            row => new StoredMention<SummitMention>(row.Id, row.SummitId, MentionRecords.ToMergingRecord(row, pool)),
            cancellationToken);
        // An agreement mention's own evidence is not read: merging does not look at it.
        var agreementsOf = await ReadByArticleAsync(
            db.AgreementMentions.AsNoTracking().OrderBy(row => row.ArticleId).ThenBy(row => row.Index).Select(row => new AgreementMentionRow
            {
                Id = row.Id,
                ArticleId = row.ArticleId,
                AgreementId = row.AgreementId,
                Name = row.Name,
                Aliases = row.Aliases,
                Kind = row.Kind,
                Status = row.Status,
                Date = row.Date,
                SummitIndex = row.SummitIndex,
                Statuses = row.Statuses,
                Themes = row.Themes,
                Evidence = Array.Empty<StoredEvidence>(),
            }),
            row => row.ArticleId,
            row => new StoredMention<AgreementMention>(row.Id, row.AgreementId, MentionRecords.ToMergingRecord(row, pool)),
            cancellationToken);

        var summits = new MentionRows(summitsOf.Values.Sum(mentions => mentions.Length));
        var agreements = new MentionRows(agreementsOf.Values.Sum(mentions => mentions.Length));
        var facts = new List<ArticleFacts>(articles.Count);
        foreach (var article in articles)
        {
            facts.Add(new ArticleFacts(
                article.Id,
                MentionRecords.AsOfOf(article.OwnAsOf, article.OwnAsOfBasis, article.OwnAsOfIsLowerBound),
                RecordsOf(article.Id, summitsOf.GetValueOrDefault(article.Id), summits),
                RecordsOf(article.Id, agreementsOf.GetValueOrDefault(article.Id), agreements)));
        }
        var directives = await DirectivesLoader.LoadAsync(db, facts, cancellationToken);
        return (facts, new StoredFacts(articles, summits, agreements, directives));
    }

    /// <summary>The article's records in stored order, each row noted under its position, which is what <see cref="MentionRef.Index"/> means.</summary>
    private static T[] RecordsOf<T>(int articleId, StoredMention<T>[]? stored, MentionRows rows)
    {
        if (stored is null)
        {
            return [];
        }
        var records = new T[stored.Length];
        for (var i = 0; i < stored.Length; i++)
        {
            rows.Add(new MentionRef(articleId, i), stored[i].RowId, stored[i].OwnerId);
            records[i] = stored[i].Record;
        }
        return records;
    }

    /// <summary>The rows, which come ordered by article, read one at a time and grouped by article.</summary>
    private static async Task<Dictionary<int, StoredMention<T>[]>> ReadByArticleAsync<TRow, T>(
        IQueryable<TRow> rows, Func<TRow, int> articleOf, Func<TRow, StoredMention<T>> read, CancellationToken cancellationToken)
    {
        var byArticle = new Dictionary<int, StoredMention<T>[]>();
        var current = new List<StoredMention<T>>();
        int? currentArticle = null;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var article = articleOf(row);
            if (article != currentArticle)
            {
                if (currentArticle is int done)
                {
                    byArticle[done] = [.. current];
                }
                current.Clear();
                currentArticle = article;
            }
            current.Add(read(row));
        }
        if (currentArticle is int last)
        {
            byArticle[last] = [.. current];
        }
        return byArticle;
    }

    private readonly record struct StoredMention<T>(int RowId, int? OwnerId, T Record);
}
