namespace BharatBrief.Data.Tests.Support;

/// <summary>Reports on the caller's thread, so a test can act exactly after the nth article.</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
