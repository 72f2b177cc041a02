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
        StoreVersion? version = null;
        var lostTouch = false;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            try
            {
                // The first look is the baseline, taken at start: a change committed before the first tick is seen at it.
                version = await StoreVersion.OpenAsync(connection.Location, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                CheckFailed(logger, ex);
                lostTouch = true;
            }
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (version is null)
                    {
                        version = await StoreVersion.OpenAsync(connection.Location, stoppingToken);
                        if (lostTouch)
                        {
                            // Whatever changed while the store could not be asked went unseen: assume it changed.
                            lostTouch = false;
                            await cache.InvalidateAsync(stoppingToken);
                        }
                    }
                    else if (await version.ChangedAsync(stoppingToken))
                    {
                        await cache.InvalidateAsync(stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A locked file is tried again at the next tick. A connection a database server dropped (a restart,
                    // a failover) stays broken, so the watch starts again on a new one.
                    CheckFailed(logger, ex);
                    if (version is not null)
                    {
                        await version.DisposeAsync();
                        version = null;
                    }
                    lostTouch = true;
                }
            }
        }
        finally
        {
            if (version is not null)
            {
                await version.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the store for changes")]
    private static partial void CheckFailed(ILogger logger, Exception exception);
}
