namespace BharatBrief.Web.Caching;

/// <summary>
/// A counter of the store changes this process has been told of; part of every reader cache key, so that a response
/// rendered before a change is never found after it.
/// </summary>
public sealed class StoreGeneration
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    internal long Advance() => Interlocked.Increment(ref _value);
}
