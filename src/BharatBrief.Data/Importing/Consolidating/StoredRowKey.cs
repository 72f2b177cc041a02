namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>What consolidation reads of a stored summit or agreement: enough to match it and to tell whether it changed.</summary>
internal sealed record StoredRowKey(int Id, string Slug, string Fingerprint);
