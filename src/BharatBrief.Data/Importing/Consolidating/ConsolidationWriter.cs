using System.Diagnostics;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Merges every stored article's mentions (with <see cref="Consolidator"/> by default) and writes the result:
/// summits and agreements (keeping Ids and slugs of the ones that continue), their themes, the mention rows' links
/// to them, and the articles' refined as-of dates. Runs inside the caller's transaction.
/// </summary>
internal static class ConsolidationWriter
{
    /// <param name="batchSize">Rows written per save, and mention rows read back at once when an agreement's history is written.</param>
    public static async Task RunAsync(
        BharatBriefDbContext db,
        Func<IReadOnlyList<ArticleFacts>, ConsolidationDirectives, Consolidation> consolidate,
        int batchSize,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var clock = Stopwatch.StartNew();
        db.ChangeTracker.Clear();
        try
        {
            var (consolidation, facts, articleCount, loadedMs) = await LoadAndMergeAsync(db, consolidate, clock, cancellationToken);
            var mergedMs = clock.ElapsedMilliseconds - loadedMs;
            var corrections = await RowCorrections.LoadAsync(db, cancellationToken);
            var summits = await SummitRowsWriter.WriteAsync(db, consolidation.Summits, facts.Summits, corrections, batchSize, cancellationToken);
            var agreementIds = await AgreementRowsWriter.WriteAsync(db, consolidation.Agreements, facts.Agreements, summits, corrections, batchSize, cancellationToken);

            int[] summitIds = [.. summits.Select(summit => summit.Id)];
            var summitLinks = facts.Summits.Changes(OwnerOf(consolidation.Summits.Select(s => s.Mentions), summitIds, facts.Summits), summitIds);
            var agreementLinks = facts.Agreements.Changes(OwnerOf(consolidation.Agreements.Select(a => a.Mentions), agreementIds, facts.Agreements), agreementIds);
            var links = await LinkUpdater.SetSummitLinksAsync(db, summitLinks, batchSize, cancellationToken)
                + await LinkUpdater.SetAgreementLinksAsync(db, agreementLinks, batchSize, cancellationToken);
            var asOf = await LinkUpdater.SetAsOfAsync(db, AsOfChanges(facts.AsOfStates, consolidation.AsOfRefinements), batchSize, cancellationToken);

            var conflicts = summits.Sum(summit => summit.Conflicts.Count);
            ImportLog.Consolidated(logger, articleCount, summits.Count, agreementIds.Length, conflicts,
                clock.ElapsedMilliseconds, loadedMs, mergedMs);
            ImportLog.LinksChanged(logger, links, asOf);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Reads the stored mentions and merges them. The merging records live only as long as this call: what writing
    /// needs of them is in the consolidation and in <see cref="StoredFacts"/>.
    /// </summary>
    private static async Task<(Consolidation Consolidation, StoredFacts Facts, int ArticleCount, long LoadedMs)> LoadAndMergeAsync(
        BharatBriefDbContext db, Func<IReadOnlyList<ArticleFacts>, ConsolidationDirectives, Consolidation> consolidate, Stopwatch clock, CancellationToken cancellationToken)
    {
        var (articles, facts) = await FactsLoader.LoadAsync(db, cancellationToken);
        var loadedMs = clock.ElapsedMilliseconds;
        return (consolidate(articles, facts.Directives), facts, articles.Count, loadedMs);
    }

    /// <summary>The consolidated row each mention row belongs to, by mention row id.</summary>
    private static Dictionary<int, int> OwnerOf(IEnumerable<IReadOnlyList<MentionRef>> groups, IEnumerable<int> rowIds, MentionRows mentions)
    {
        var owners = new Dictionary<int, int>(mentions.Owners.Count);
        foreach (var (group, rowId) in groups.Zip(rowIds))
        {
            foreach (var mentionRow in mentions.RowIdsOf(group))
            {
                owners.TryAdd(mentionRow, rowId);
            }
        }
        return owners;
    }

    private static IEnumerable<(int, string?, string)> AsOfChanges(
        IReadOnlyList<ArticleAsOfState> articles, IReadOnlyDictionary<int, AsOfDate> refinements)
    {
        foreach (var article in articles)
        {
            var (asOf, basis) = refinements.TryGetValue(article.Id, out var refined)
                ? (refined.Value?.ToString(), refined.Basis)
                : (article.OwnAsOf, article.OwnAsOfBasis);
            if (asOf != article.AsOf || basis != article.AsOfBasis)
            {
                yield return (article.Id, asOf, basis);
            }
        }
    }
}
