namespace BharatBrief.Web.Caching;

/// <summary>
/// A counter of the store changes this process has been told of; part of every reader cache key, so that a response
/// rendered before a change is never found after it. <see cref="ChangedAt"/> is when it last moved (or when the process
/// started, which also covers a new build of the site): no reader response can have changed before it, so it is
/// their <c>Last-Modified</c>.
/// </summary>
public sealed class StoreGeneration(TimeProvider time)
{
    private long _value;
    private long _changedAtTicks = WholeSeconds(time.GetUtcNow()).UtcTicks;

    public long Value => Interlocked.Read(ref _value);

    /// <summary>When this process last learnt of a change to the store, or started; to the second, as HTTP dates are.</summary>
    public DateTimeOffset ChangedAt => new(Interlocked.Read(ref _changedAtTicks), TimeSpan.Zero);

    internal long Advance()
    {
        Interlocked.Exchange(ref _changedAtTicks, WholeSeconds(time.GetUtcNow()).UtcTicks);
        return Interlocked.Increment(ref _value);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
