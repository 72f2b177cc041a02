using System.Diagnostics;
using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Data.Importing.Files;
using BharatBrief.Data.Importing.Writing;
using BharatBrief.Data.Storage;
using BharatBrief.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Importing;

/// <summary>
/// Reads articles into the store: parses them on several threads, writes them on one (a transaction per batch, a
/// savepoint per article), then consolidates every stored article's mentions into summits and agreements.
/// Re-ingesting unchanged articles changes nothing; a changed article replaces its facts and keeps its Id and slug.
/// Readers see a run's articles only once a consolidation that includes them has committed: until then they are
/// pending (<see cref="Entities.PendingArticle"/>), and every consolidation publishes the pending articles it merged.
/// </summary>
public sealed class ArticleImporter(
    IDbContextFactory<BharatBriefDbContext> contexts,
    ImportOptions options,
    TimeProvider time,
    ILogger<ArticleImporter> logger)
{
    /// <summary>
    /// Ingests every .txt and .md file of <paramref name="folder"/> (not its subfolders), in name order, with the
    /// metadata its manifest (<c>manifest.json</c>, <c>manifest.csv</c>) lists for it.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist or is a file.</exception>
    /// <exception cref="IngestAbortedException">The store stopped accepting writes; earlier articles stay committed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; articles stored before stay committed.</exception>
    public async Task<IngestReport> IngestFolderAsync(string folder, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ArticleFolder.List(folder);
        var manifest = FolderManifest.Read(folder, files.Select(Path.GetFileName).OfType<string>());
        foreach (var warning in manifest.Warnings)
        {
            ImportLog.FileWarning(logger, warning.File, warning.Message);
        }
        return await IngestAsync(files, (preparer, path) => preparer.PrepareFile(path, manifest.For(Path.GetFileName(path))), manifest.Warnings, progress, cancellationToken);
    }

    /// <summary>
    /// Ingests articles given as text (feed entries, each with a <see cref="ArticleSource.SourceName"/> of its own) with
    /// the same rules, batches and single consolidation as a folder: a source stored before under the same name with the
    /// same text and metadata is unchanged; a changed one keeps its Id and slug.
    /// </summary>
    /// <exception cref="IngestAbortedException">The store stopped accepting writes; earlier articles stay committed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; articles stored before stay committed.</exception>
    public Task<IngestReport> IngestSourcesAsync(IReadOnlyList<ArticleSource> sources, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        IngestAsync(sources, (preparer, source) => preparer.PrepareSource(source), [], progress, cancellationToken);

    private async Task<IngestReport> IngestAsync<TInput>(
        IReadOnlyList<TInput> inputs,
        Func<ArticlePreparer, TInput, PreparedArticle> prepare,
        IReadOnlyList<FileWarning> inputWarnings,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var db = await OpenAsync(cancellationToken);
        var known = await KnownArticles.LoadAsync(db, cancellationToken);
        if (await db.PendingArticles.CountAsync(cancellationToken) is var leftPending and > 0)
        {
            ImportLog.PendingFromStoppedRun(logger, leftPending);
        }
        var shapes = new ArticleRowShapes(db.Model);
        var preparer = new ArticlePreparer(options, known.SnapshotBySource(), shapes, time);
        var tally = new IngestTally(inputs.Count);
        tally.AddWarnings(inputWarnings);

        using var inserters = new FactInserters(db, shapes);
        await using (var batch = new BatchTransaction(db, options.BatchSize))
        {
            var writer = new ArticleWriter(db, known, batch, inserters, options.PipelineVersion, logger);
            try
            {
                await foreach (var prepared in OrderedParallel.SelectAsync(inputs, input => prepare(preparer, input), options.ParseThreads, options.ParseAhead, cancellationToken))
                {
                    // Checked between articles only: an article is written whole or not at all.
                    cancellationToken.ThrowIfCancellationRequested();
                    tally.Add(await writer.WriteAsync(prepared));
                    progress?.Report(tally.Progress(IngestStage.Articles, clock.Elapsed));
                }
            }
            catch (OperationCanceledException)
            {
                await PublishWrittenAsync(db, batch);
                ImportLog.RunCancelled(logger, batch.Committed);
                throw;
            }
            catch (Exception ex)
            {
                await PublishWrittenAsync(db, batch);
                ImportLog.RunAborted(logger, ex, batch.Committed);
                throw new IngestAbortedException(
                    $"Ingest stopped after {batch.Committed} articles were committed: {ex.GetBaseException().Message}", batch.Committed, ex);
            }

            // What was known of the stored articles (a store's worth of names, hashes and slugs) serves writing only:
            // it is let go before consolidation, which holds the most.
            (known, preparer, writer) = (null, null, null);
            progress?.Report(tally.Progress(IngestStage.Consolidating, clock.Elapsed));
            // The last batch (or every batch since the first changed article), the consolidation and the publishing of
            // the pending articles commit together: readers see the run's articles with their summits and agreements.
            // Cancelled here, it all rolls back, and the committed batches stay pending for the next consolidation.
            try
            {
                await batch.CommitAsync(() => ConsolidateAndPublishAsync(db, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                ImportLog.RunCancelled(logger, batch.Committed);
                throw;
            }
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
            .Where(a => !present.Contains(a.SourceName!) && !IsFeedEntry(a.SourceName!))
            .OrderBy(a => a.SourceName, StringComparer.Ordinal)
            .ToList();
        if (apply && gone.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var chunk in gone.Select(a => a.Id).Chunk(500))
            {
                await db.Articles.Where(a => chunk.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            await ConsolidateAndPublishAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            ImportLog.Pruned(logger, gone.Count);
        }
        return [.. gone.Select(a => new PrunedArticle(a.Slug, a.SourceName!))];
    }

    /// <summary>
    /// Whether a stored article came from a feed rather than a folder: the ingestion worker names feed entries
    /// <c>feed/host/…</c>, and no file name holds a slash, so pruning a folder never removes them.
    /// </summary>
    public static bool IsFeedEntry(string sourceName) => sourceName.Contains('/', StringComparison.Ordinal);

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
            await batch.CommitAsync(() => ConsolidateAndPublishAsync(db, cancellationToken));
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

    /// <summary>
    /// Consolidates every stored article inside the caller's open transaction and publishes the pending ones (an ingest
    /// still running, or one that stopped, may have left some): they are merged now, so readers may see them.
    /// </summary>
    internal Task ConsolidateWithinAsync(BharatBriefDbContext db, CancellationToken cancellationToken) =>
        ConsolidateAndPublishAsync(db, cancellationToken);

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
        await StoreDialect.Of(db).PrepareWriterAsync(db, cancellationToken);
        return db;
    }

    /// <summary>
    /// Consolidates every stored article inside the caller's open transaction, then publishes every pending article:
    /// from the commit on, readers see them with the summits and agreements their mentions merged into.
    /// </summary>
    private async Task ConsolidateAndPublishAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        await ConsolidationWriter.RunAsync(db, options.Consolidate, options.ConsolidationBatchSize, logger, cancellationToken);
        if (await db.PendingArticles.ExecuteDeleteAsync(cancellationToken) is var published and > 0)
        {
            ImportLog.Published(logger, published);
        }
    }

    /// <summary>
    /// After a run stopped (cancelled, or the store refused an article), commits the articles written whole with a
    /// consolidation that publishes them, so that readers see them with their summits and agreements. When the store
    /// refuses that, the open batch is rolled back (a changed article keeps its earlier version) and the batches
    /// committed before are consolidated on their own; when even that fails, they stay pending, unseen by readers, until
    /// the next run or an editor's change consolidates.
    /// </summary>
    private async Task PublishWrittenAsync(BharatBriefDbContext db, BatchTransaction batch)
    {
        try
        {
            db.ChangeTracker.Clear();
            await batch.CommitAsync(() => ConsolidateAndPublishAsync(db, CancellationToken.None));
            return;
        }
        catch (Exception)
        {
            // The store refuses the open batch or its consolidation: the batch goes; earlier batches stay committed.
            await batch.DisposeAsync();
        }
        if (batch.Committed == 0)
        {
            return;
        }
        try
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            await ConsolidateAndPublishAsync(db, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            ImportLog.ConsolidationAfterStopFailed(logger, ex);
        }
    }
}
