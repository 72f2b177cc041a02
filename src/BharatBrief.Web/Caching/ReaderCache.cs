using BharatBrief.Data.Search;
using Microsoft.AspNetCore.OutputCaching;

namespace BharatBrief.Web.Caching;

/// <summary>
/// The cache of everything readers get (pages, feeds, CSV, API). Entries are keyed by a store generation as well as
/// by URL, so a response rendered from data older than the last change can never be served after it, even when its
/// rendering finishes after the eviction. Call <see cref="InvalidateAsync"/> after any change made to the store in
/// this process (seeding, editors publishing); <see cref="StoreChangeWatcher"/> calls it for changes made elsewhere.
/// </summary>
public sealed partial class ReaderCache(IOutputCacheStore store, StoreGeneration generation, SearchCatalog catalog, ILogger<ReaderCache> logger)
{
    /// <summary>The output cache policy every reader endpoint uses.</summary>
    public const string PolicyName = "reader";

    /// <summary>The tag of every reader entry, evicted at once on a change.</summary>
    public const string Tag = "reader";

    /// <summary>Drops every cached reader response and what search holds in memory: the next readers see the store as it is now.</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        // The generation first: from here on no request can find an entry rendered before the change.
        var current = generation.Advance();
        catalog.Invalidate();
        await store.EvictByTagAsync(Tag, cancellationToken);
        Invalidated(logger, current);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reader cache cleared: the store changed (generation {Generation})")]
    private static partial void Invalidated(ILogger logger, long generation);
}
