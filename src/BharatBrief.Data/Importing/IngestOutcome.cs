namespace BharatBrief.Data.Importing;

/// <summary>What happened to one article.</summary>
/// <param name="Name">The file name, or the brief's title when it has no file.</param>
/// <param name="Action">Ingested, updated, unchanged or skipped.</param>
/// <param name="Slug">The stored article's slug; null when skipped.</param>
/// <param name="Reason">Why it was skipped ("empty", "duplicate of modi-meets-putin", …); null otherwise.</param>
/// <param name="Warnings">What a reader of the log should know (e.g. "not valid UTF-8; read as Windows-1252").</param>
public sealed record IngestOutcome(string Name, IngestAction Action, string? Slug, string? Reason, IReadOnlyList<string> Warnings);
