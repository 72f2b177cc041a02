using System.Diagnostics;
using BharatBrief.Data;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Worker;

/// <summary>
/// One pass over every source: the inbox folder, then each feed. New and changed items go through the store's
/// <see cref="ArticleImporter"/>, like any article; items seen before with the same content are not read again; every
/// source read is recorded as an <see cref="IngestionRun"/>. A source whose last runs failed waits, twice as long after
/// each failure up to <see cref="IngestionWorkerOptions.RetryMaxDelay"/>. A pass runs only while it holds the
/// <see cref="ConsolidationLock"/>, so two workers never ingest and consolidate at once.
/// </summary>
public sealed class IngestionRunner(
    IDbContextFactory<BharatBriefDbContext> contexts,
    ArticleImporter importer,
    IHttpClientFactory httpClients,
    IngestionWorkerOptions options,
    ConsolidationLock consolidationLock,
    TimeProvider time,
    ILogger<IngestionRunner> logger)
{
    /// <summary>The named <see cref="HttpClient"/> feeds are fetched with.</summary>
    public const string HttpClientName = "BharatBrief.Feeds";

    /// <summary>The importer's reason for an article the store refused (<c>could not be stored (…)</c>): a failure, tried again.</summary>
    private const string StoreRefused = "could not be stored";

    private static readonly string WorkerName = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<IngestionPass> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var held = await consolidationLock.TryAcquireAsync(cancellationToken);
        if (held is null)
        {
            IngestionLog.LockHeldElsewhere(logger);
            return new IngestionPass(false, [], []);
        }
        await ForgetOldRunsAsync(cancellationToken);
        var runs = new List<IngestionRun>();
        var waiting = new List<(string, DateTime)>();
        foreach (var source in Sources())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await RetryAtAsync(source.Name, cancellationToken) is { } retryAt && retryAt > Now)
            {
                IngestionLog.Waiting(logger, source.Name, retryAt);
                waiting.Add((source.Name, retryAt));
                continue;
            }
            runs.Add(await RunAsync(source, cancellationToken));
        }
        return new IngestionPass(true, runs, waiting);
    }

    /// <summary>How long a source waits after <paramref name="failures"/> failed runs in a row: doubling, bounded.</summary>
    public static TimeSpan Backoff(int failures, TimeSpan initial, TimeSpan max) =>
        failures <= 0 ? TimeSpan.Zero
        : TimeSpan.FromTicks((long)Math.Min(initial.Ticks * Math.Pow(2, Math.Min(failures - 1, 40)), max.Ticks));

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private IEnumerable<Source> Sources()
    {
        if (!string.IsNullOrWhiteSpace(options.InboxPath))
        {
            yield return new Source(IngestionSourceKind.Inbox, Path.GetFullPath(options.InboxPath), null);
        }
        foreach (var feed in options.Feeds)
        {
            if (FeedSource.TryParseAddress(feed.Url, out var address))
            {
                var source = new FeedSource(address, feed.Outlet);
                yield return new Source(IngestionSourceKind.Feed, source.Name, source);
            }
        }
    }

    private async Task<IngestionRun> RunAsync(Source source, CancellationToken cancellationToken)
    {
        var run = new IngestionRun { Kind = source.Kind, Source = source.Name, Worker = WorkerName, StartedAt = Now };
        var clock = Stopwatch.StartNew();
        try
        {
            if (source.Feed is { } feed)
            {
                await ReadFeedAsync(feed, run, cancellationToken);
            }
            else
            {
                await ReadInboxAsync(source.Name, run, cancellationToken);
            }
            run.Succeeded = true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            run.Succeeded = false;
            run.Error = Cut(Describe(ex), 2000);
        }
        run.FinishedAt = Now;
        await using (var db = await contexts.CreateDbContextAsync(CancellationToken.None))
        {
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        var kind = source.Kind == IngestionSourceKind.Feed ? "feed" : "inbox";
        if (run.Succeeded)
        {
            IngestionLog.RunFinished(logger, run.Id, kind, run.Source, run.Received, run.Ingested, run.Updated, run.Unchanged, run.Skipped, run.Failed, clock.ElapsedMilliseconds);
        }
        else
        {
            var retryAt = await RetryAtAsync(run.Source, CancellationToken.None) ?? run.FinishedAt;
            IngestionLog.RunFailed(logger, run.Id, kind, run.Source, clock.ElapsedMilliseconds, run.Error!, retryAt);
        }
        return run;
    }

    private async Task ReadInboxAsync(string folder, IngestionRun run, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the inbox folder {folder} does not exist");
        }
        var known = await KnownItemsAsync(InboxScan.SourceKey, cancellationToken);
        var scan = InboxScan.Read(folder, known);
        run.Received = scan.Articles.Count();
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        if (scan.ChangedArticles.Count == 0)
        {
            run.Unchanged = run.Received;
        }
        else
        {
            var report = await importer.IngestFolderAsync(folder, cancellationToken: cancellationToken);
            run.Ingested = report.Ingested;
            run.Updated = report.Updated;
            run.Unchanged = report.Unchanged;
            foreach (var skipped in report.Skipped)
            {
                if (!scan.ChangedArticles.Contains(skipped.File))
                {
                    // Skipped before for the same reason; read again only because another file changed.
                    run.Unchanged++;
                    continue;
                }
                outcomes[skipped.File] = skipped.Reason;
                if (Count(run, skipped.File, skipped.Reason))
                {
                    refused.Add(skipped.File);
                }
            }
        }
        await RememberAsync(InboxScan.SourceKey, scan.Files
            .Where(file => !refused.Contains(file.Name))
            .Select(file => new Seen(file.Name, file.ContentHash, file.Length, file.WrittenAt,
                outcomes.GetValueOrDefault(file.Name) ?? (file.IsArticle ? "stored" : "read with its article"))), cancellationToken);
    }

    private async Task ReadFeedAsync(FeedSource feed, IngestionRun run, CancellationToken cancellationToken)
    {
        var document = await FeedReader.ReadAsync(httpClients.CreateClient(HttpClientName), feed, options, cancellationToken);
        run.Received = document.Entries.Count;
        var known = await KnownItemsAsync(feed.Key, cancellationToken);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var fresh = new List<FeedEntry>();
        foreach (var entry in document.Entries)
        {
            if (!listed.Add(entry.Key))
            {
                Count(run, entry.Label, "duplicate: the feed lists this entry twice");
            }
            else if (entry.Source is null)
            {
                Count(run, entry.Label, entry.Malformed!);
            }
            else if (known.TryGetValue(entry.Key, out var before) && before.ContentHash == entry.ContentHash)
            {
                run.Unchanged++;
            }
            else
            {
                fresh.Add(entry);
            }
        }
        if (fresh.Count == 0)
        {
            return;
        }
        var report = await importer.IngestSourcesAsync([.. fresh.Select(entry => entry.Source!)], cancellationToken: cancellationToken);
        run.Ingested = report.Ingested;
        run.Updated = report.Updated;
        run.Unchanged += report.Unchanged;
        var skipped = report.Skipped.GroupBy(file => file.File, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Reason, StringComparer.Ordinal);
        var seen = new List<Seen>();
        foreach (var entry in fresh)
        {
            var reason = skipped.GetValueOrDefault(entry.Source!.SourceName!);
            if (reason is not null && Count(run, entry.Label, reason))
            {
                continue;
            }
            seen.Add(new Seen(entry.Key, entry.ContentHash!, null, null, reason ?? "stored"));
        }
        await RememberAsync(feed.Key, seen, cancellationToken);
    }

    /// <summary>Counts a skipped or failed item and keeps its reason on the run; true when the store refused it.</summary>
    private static bool Count(IngestionRun run, string item, string reason)
    {
        var failed = reason.StartsWith(StoreRefused, StringComparison.Ordinal);
        if (failed)
        {
            run.Failed++;
        }
        else
        {
            run.Skipped++;
        }
        if (run.Problems.Count < IngestionRunProblem.MaxPerRun)
        {
            run.Problems.Add(new IngestionRunProblem { Item = Cut(item, 500), Failed = failed, Reason = Cut(reason, 1000) });
        }
        return failed;
    }

    private async Task<DateTime?> RetryAtAsync(string source, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.IngestionRuns.AsNoTracking()
            .Where(run => run.Source == source)
            .OrderByDescending(run => run.StartedAt).ThenByDescending(run => run.Id)
            .Take(64)
            .Select(run => new { run.Succeeded, run.FinishedAt })
            .ToListAsync(cancellationToken);
        var failures = latest.TakeWhile(run => !run.Succeeded).Count();
        return failures == 0 ? null : latest[0].FinishedAt + Backoff(failures, options.RetryInitialDelay, options.RetryMaxDelay);
    }

    private async Task<Dictionary<string, IngestionItem>> KnownItemsAsync(string source, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IngestionItems.AsNoTracking().Where(item => item.Source == source).ToDictionaryAsync(item => item.Key, StringComparer.Ordinal, cancellationToken);
    }

    private async Task RememberAsync(string source, IEnumerable<Seen> items, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.IngestionItems.Where(item => item.Source == source).ToDictionaryAsync(item => item.Key, StringComparer.Ordinal, cancellationToken);
        var now = Now;
        foreach (var seen in items)
        {
            if (!stored.TryGetValue(seen.Key, out var item))
            {
                db.IngestionItems.Add(new IngestionItem
                {
                    Source = source, Key = seen.Key, ContentHash = seen.ContentHash, FileLength = seen.Length, FileWrittenAt = seen.WrittenAt,
                    Outcome = Cut(seen.Outcome, 1000), FirstSeenAt = now, LastChangedAt = now,
                });
                continue;
            }
            if (item.ContentHash != seen.ContentHash)
            {
                item.ContentHash = seen.ContentHash;
                item.Outcome = Cut(seen.Outcome, 1000);
                item.LastChangedAt = now;
            }
            item.FileLength = seen.Length;
            item.FileWrittenAt = seen.WrittenAt;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ForgetOldRunsAsync(CancellationToken cancellationToken)
    {
        var before = Now - options.KeepRunsFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.IngestionRuns.Where(run => run.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Describe(Exception ex) => ex switch
    {
        FeedUnavailableException or IngestAbortedException or DirectoryNotFoundException => ex.Message,
        _ => $"{ex.GetBaseException().GetType().Name}: {ex.GetBaseException().Message}",
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private sealed record Source(IngestionSourceKind Kind, string Name, FeedSource? Feed);

    private sealed record Seen(string Key, string ContentHash, long? Length, DateTime? WrittenAt, string Outcome);
}
