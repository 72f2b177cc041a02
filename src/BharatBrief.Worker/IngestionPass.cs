using BharatBrief.Data.Entities;

namespace BharatBrief.Worker;

/// <summary>What one pass of the worker did.</summary>
/// <param name="LockHeld">False when another worker held the consolidation lock: the pass read nothing.</param>
/// <param name="Runs">The runs recorded, one per source read.</param>
/// <param name="Waiting">Sources not read because they failed lately and their retry is not due yet, with when it is.</param>
public sealed record IngestionPass(bool LockHeld, IReadOnlyList<IngestionRun> Runs, IReadOnlyList<(string Source, DateTime RetryAt)> Waiting);
