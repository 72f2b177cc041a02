using System.Diagnostics;
using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Data.Importing.Files;
using BharatBrief.Data.Importing.Writing;
using BharatBrief.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Importing;

/// <summary>
/// Reads articles into the store: parses them on several threads, writes them on one (a transaction per batch, a
/// savepoint per article), then consolidates every stored article's mentions into summits and agreements.
/// Re-ingesting unchanged articles changes nothing; a changed article replaces its facts and keeps its Id and slug.
/// </summary>
public sealed class ArticleImporter(
    IDbContextFactory<BharatBriefDbContext> contexts,
    ImportOptions options,
    TimeProvider time,
    ILogger<ArticleImporter> logger)
{
    /// <summary>Ingests every .txt and .md file of <paramref name="folder"/> (not its subfolders), in name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist or is a file.</exception>
    /// <exception cref="IngestAbortedException">The store stopped accepting writes; earlier articles stay committed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; articles stored before stay committed.</exception>
    public async Task<IngestReport> IngestFolderAsync(string folder, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var files = ArticleFolder.List(folder);
        await using var db = await OpenAsync(cancellationToken);
        var known = await KnownArticles.LoadAsync(db, cancellationToken);
        var shapes = new ArticleRowShapes(db.Model);
        var preparer = new ArticlePreparer(options, known.SnapshotBySource(), shapes, time);
        var tally = new IngestTally(files.Count);

        using var inserters = new FactInserters(db, shapes);
        await using (var batch = new BatchTransaction(db, options.BatchSize))
        {
            var writer = new ArticleWriter(db, known, batch, inserters, options.PipelineVersion, logger);
            try
            {
                await foreach (var prepared in OrderedParallel.SelectAsync(files, preparer.PrepareFile, options.ParseThreads, options.ParseAhead, cancellationToken))
                {
                    // Checked between articles only: an article is written whole or not at all.
                    cancellationToken.ThrowIfCancellationRequested();
                    tally.Add(await writer.WriteAsync(prepared));
                    progress?.Report(tally.Progress(IngestStage.Articles, clock.Elapsed));
                }
                await batch.CommitAsync();
            }
            catch (OperationCanceledException)
            {
                await KeepCommittedAsync(batch);
                await ConsolidateCommittedAsync(db, batch.Committed);
                ImportLog.RunCancelled(logger, batch.Committed);
                throw;
            }
            catch (Exception ex)
            {
                await KeepCommittedAsync(batch);
                await ConsolidateCommittedAsync(db, batch.Committed);
                ImportLog.RunAborted(logger, ex, batch.Committed);
                throw new IngestAbortedException(
                    $"Ingest stopped after {batch.Committed} articles were committed: {ex.GetBaseException().Message}", batch.Committed, ex);
            }
        }

        progress?.Report(tally.Progress(IngestStage.Consolidating, clock.Elapsed));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await ConsolidationWriter.RunAsync(db, options.Consolidate, logger, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        var report = tally.ToReport(await StoreCounts.LoadAsync(db, cancellationToken), clock.Elapsed);
        ImportLog.RunFinished(logger, report.Read, report.Ingested, report.Updated, report.Unchanged, report.Skipped.Count, clock.ElapsedMilliseconds);
        progress?.Report(tally.Progress(IngestStage.Done, clock.Elapsed));
        return report;
    }

    /// <summary>
    /// The stored articles ingested from files that are no longer in <paramref name="folder"/> (editors' briefs are
    /// never among them). With <paramref name="apply"/>, removes them — with their mentions, figures and search
    /// entries — and consolidates again, in one transaction: readers see the store before or after, never between.
    /// </summary>
    public async Task<IReadOnlyList<PrunedArticle>> PruneAsync(string folder, bool apply, CancellationToken cancellationToken = default)
    {
        var present = ArticleFolder.List(folder).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        await using var db = await OpenAsync(cancellationToken);
        var gone = (await db.Articles.AsNoTracking()
                .Where(a => a.BriefId == null && a.SourceName != null)
                .Select(a => new { a.Id, a.Slug, a.SourceName })
                .ToListAsync(cancellationToken))
            .Where(a => !present.Contains(a.SourceName!))
            .OrderBy(a => a.SourceName, StringComparer.Ordinal)
            .ToList();
        if (apply && gone.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var chunk in gone.Select(a => a.Id).Chunk(500))
            {
                await db.Articles.Where(a => chunk.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            await ConsolidationWriter.RunAsync(db, options.Consolidate, logger, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            ImportLog.Pruned(logger, gone.Count);
        }
        return [.. gone.Select(a => new PrunedArticle(a.Slug, a.SourceName!))];
    }

    /// <summary>
    /// Ingests one article given as text (an editor's brief, or a file read elsewhere) with the same rules as a
    /// folder, storing it and consolidating in one transaction: readers see the article and its merged summits
    /// together or not at all.
    /// </summary>
    public async Task<IngestOutcome> IngestOneAsync(ArticleSource source, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var known = await KnownArticles.LoadAsync(db, cancellationToken);
        var shapes = new ArticleRowShapes(db.Model);
        var prepared = new ArticlePreparer(options, known.BySource, shapes, time).PrepareSource(source);
        using var inserters = new FactInserters(db, shapes);
        await using var batch = new BatchTransaction(db, int.MaxValue);
        var outcome = await new ArticleWriter(db, known, batch, inserters, options.PipelineVersion, logger).WriteAsync(prepared);
        if (outcome.Action is IngestAction.Ingested or IngestAction.Updated)
        {
            await ConsolidationWriter.RunAsync(db, options.Consolidate, logger, cancellationToken);
            await batch.CommitAsync();
        }
        return outcome;
    }

    /// <summary>
    /// Writes one article inside the caller's open transaction on <paramref name="db"/> — an editor's save and its
    /// article commit together — with the same rules as any article. The caller consolidates and commits.
    /// </summary>
    internal async Task<IngestOutcome> WriteWithinAsync(BharatBriefDbContext db, ArticleSource source, int? briefId, CancellationToken cancellationToken)
    {
        var known = await KnownArticles.LoadAsync(db, cancellationToken);
        var shapes = new ArticleRowShapes(db.Model);
        var prepared = new ArticlePreparer(options, known.BySource, shapes, time).PrepareSource(source, briefId);
        using var inserters = new FactInserters(db, shapes);
        await using var batch = new BatchTransaction(db, int.MaxValue);
        var outcome = await new ArticleWriter(db, known, batch, inserters, options.PipelineVersion, logger).WriteAsync(prepared);
        await batch.CommitAsync();
        return outcome;
    }

    /// <summary>Consolidates every stored article inside the caller's open transaction.</summary>
    internal Task ConsolidateWithinAsync(BharatBriefDbContext db, CancellationToken cancellationToken) =>
        ConsolidationWriter.RunAsync(db, options.Consolidate, logger, cancellationToken);

    /// <summary>A context set up for writing as the importer writes, with its connection open.</summary>
    internal Task<BharatBriefDbContext> OpenForWritingAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    private async Task<BharatBriefDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Entities are added and saved once each: scanning them for changes would only cost time.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Savepoints are the writer's, one per article; EF Core's own per-SaveChanges savepoints would double them.
        db.Database.AutoSavepointsEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        // With write-ahead logging, NORMAL syncs at checkpoints rather than at every commit: a power cut may lose the
        // last batches (a re-run ingests them again) but never leaves the file inconsistent. Checkpoints every 32 MB
        // instead of 4 MB write the hot pages (index interiors, the search index) fewer times.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=8192;", cancellationToken);
        return db;
    }

    /// <summary>
    /// After a run stopped (cancelled, or the store refused an article), consolidates what it committed, so that readers
    /// see its articles with their summits and agreements rather than articles whose facts are not merged yet. When the
    /// store refuses this too, the next run consolidates.
    /// </summary>
    private async Task ConsolidateCommittedAsync(BharatBriefDbContext db, int committed)
    {
        if (committed == 0)
        {
            return;
        }
        try
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            await ConsolidationWriter.RunAsync(db, options.Consolidate, logger, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            ImportLog.ConsolidationAfterStopFailed(logger, ex);
        }
    }

    /// <summary>Commits the articles of the open batch that were written whole; if the store refuses, they are rolled back.</summary>
    private static async Task KeepCommittedAsync(BatchTransaction batch)
    {
        try
        {
            await batch.CommitAsync();
        }
        catch (Exception)
        {
            // The store refuses even the commit: the open batch is rolled back when disposed; earlier batches stay.
        }
    }
}
