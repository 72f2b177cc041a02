using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Worker;

/// <summary>Runs a pass of the <see cref="IngestionRunner"/> at start and then every <see cref="IngestionWorkerOptions.Interval"/>.</summary>
public sealed class IngestionWorker(IngestionRunner runner, IngestionWorkerOptions options, TimeProvider time, ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IngestionLog.Started(logger, options.InboxPath is { Length: > 0 } inbox ? Path.GetFullPath(inbox) : "(none)", options.Feeds.Count, options.Interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The store may be away for a moment (a restart, a full disk): the worker outlives it and tries again.
                IngestionLog.PassFailed(logger, ex);
            }
            try
            {
                await Task.Delay(options.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
