using BharatBrief.Data;
using BharatBrief.Web.Hosting;

namespace BharatBrief.Web.Caching;

/// <summary>
/// Notices changes other processes make to the store (the command line ingesting a folder, another server) by
/// polling <see cref="StoreVersion"/> every few seconds, and clears the reader cache when there is one. Readers never
/// wait for it: a cache hit asks nothing of the database.
/// </summary>
internal sealed partial class StoreChangeWatcher(
    StoreConnection connection, ReaderCache cache, SiteOptions options, TimeProvider time, ILogger<StoreChangeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WatchAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping.
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.Cache.PollSeconds));
        await using var version = await StoreVersion.OpenAsync(connection.Location, stoppingToken);
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await version.ChangedAsync(stoppingToken))
                {
                    await cache.InvalidateAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked or briefly unreadable file is tried again at the next tick.
                CheckFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the store for changes")]
    private static partial void CheckFailed(ILogger logger, Exception exception);
}
