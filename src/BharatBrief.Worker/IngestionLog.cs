using Microsoft.Extensions.Logging;

namespace BharatBrief.Worker;

/// <summary>The worker's log events (the importer logs one per article): one per run, never a feed's credentials.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Ingestion run {RunId} of {Kind} {Source}: {Received} received, {Ingested} ingested, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped, {Failed} failed in {ElapsedMs} ms")]
    public static partial void RunFinished(ILogger logger, int runId, string kind, string source, int received, int ingested, int updated, int unchanged, int skipped, int failed, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning,
        Message = "Ingestion run {RunId} of {Kind} {Source} failed after {ElapsedMs} ms: {Error}; retried no sooner than {RetryAt:u}")]
    public static partial void RunFailed(ILogger logger, int runId, string kind, string source, long elapsedMs, string error, DateTime retryAt);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Another ingestion worker holds the consolidation lock; this pass reads nothing")]
    public static partial void LockHeldElsewhere(ILogger logger);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "{Source} failed lately; next try at {RetryAt:u}")]
    public static partial void Waiting(ILogger logger, string source, DateTime retryAt);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "An ingestion pass failed; the next pass tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information,
        Message = "Ingestion worker started: inbox {Inbox}, {Feeds} feeds, every {Interval}")]
    public static partial void Started(ILogger logger, string inbox, int feeds, TimeSpan interval);
}
