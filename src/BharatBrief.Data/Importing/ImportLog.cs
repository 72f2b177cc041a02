using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Importing;

/// <summary>The importer's log events: structured, and never an article body or a connection string.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Action} {Slug} from {Source}: {Summits} summits, {Agreements} agreements, {Figures} figures, {Themes} themes in {ElapsedMs} ms")]
    public static partial void ArticleStored(ILogger logger, string slug, string source, IngestAction action, int summits, int agreements, int figures, int themes, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Skipped {Source}: {Reason}")]
    public static partial void Skipped(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Why {Source} was skipped")]
    public static partial void SkipCause(ILogger logger, Exception exception, string source);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Source}: {Warning}")]
    public static partial void FileWarning(ILogger logger, string source, string warning);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "{Source} is unchanged")]
    public static partial void Unchanged(ILogger logger, string source);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Could not store {Source}; its writes were rolled back and the run goes on")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information,
        Message = "Consolidated {Articles} articles into {Summits} summits and {Agreements} agreements ({Conflicts} conflicts) in {ElapsedMs} ms (reading {LoadMs} ms, merging {MergeMs} ms)")]
    public static partial void Consolidated(ILogger logger, int articles, int summits, int agreements, int conflicts, long elapsedMs, long loadMs, long mergeMs);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Consolidation re-linked {Links} mentions and changed {AsOf} as-of dates")]
    public static partial void LinksChanged(ILogger logger, int links, int asOf);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information,
        Message = "Ingest finished: {Read} read, {Ingested} ingested, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped in {ElapsedMs} ms")]
    public static partial void RunFinished(ILogger logger, int read, int ingested, int updated, int unchanged, int skipped, long elapsedMs);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "Ingest stopped with {Committed} articles committed")]
    public static partial void RunAborted(ILogger logger, Exception exception, int committed);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Ingest cancelled with {Committed} articles committed")]
    public static partial void RunCancelled(ILogger logger, int committed);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Pruned {Count} articles whose files are gone")]
    public static partial void Pruned(ILogger logger, int count);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning,
        Message = "Could not consolidate the articles committed before the run stopped; readers will not see them until the next run consolidates")]
    public static partial void ConsolidationAfterStopFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information,
        Message = "{Count} articles stored by an earlier run are not consolidated yet, so readers do not see them; this run consolidates them")]
    public static partial void PendingFromStoppedRun(ILogger logger, int count);

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "Published {Count} articles with the consolidation that merged them")]
    public static partial void Published(ILogger logger, int count);
}
