namespace BharatBrief.Data.Export;

/// <summary>One side of a conflict: the value, the article (slug) that gives it, and its sentence (an addition to docs/export.md).</summary>
public sealed record ExportClaim(string Value, string Article, string Quote);
