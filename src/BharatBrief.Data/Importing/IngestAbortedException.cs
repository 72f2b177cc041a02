namespace BharatBrief.Data.Importing;

/// <summary>
/// A run stopped because the store stopped accepting writes (read-only, full, gone). Every article stored before the
/// failing one is committed; the failing article left nothing behind.
/// </summary>
public sealed class IngestAbortedException(string message, int committed, Exception innerException) : Exception(message, innerException)
{
    /// <summary>Articles stored (ingested or updated) and committed by the run before it stopped.</summary>
    public int Committed { get; } = committed;
}
