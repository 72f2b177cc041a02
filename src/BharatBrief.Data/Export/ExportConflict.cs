namespace BharatBrief.Data.Export;

/// <summary>A summit field on which sources disagree, with each source's claim.</summary>
public sealed record ExportConflict(string Field, IReadOnlyList<ExportClaim> Claims);
