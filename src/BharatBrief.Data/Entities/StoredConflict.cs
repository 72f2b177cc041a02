namespace BharatBrief.Data.Entities;

/// <summary>A field of a summit on which sources disagree ("start", "ordinal", …), with every claim.</summary>
public sealed record StoredConflict(string Field, IReadOnlyList<StoredConflictClaim> Claims);
