namespace BharatBrief.Ingestion.Merging;

/// <summary>Sources that disagree about one field of a summit ("start", "ordinal", "latest annual summit").</summary>
public sealed record FieldConflict(string Field, IReadOnlyList<ConflictClaim> Claims);

/// <summary>One side of a conflict: the value a source gives and the sentence it gives it in.</summary>
public sealed record ConflictClaim(string Value, MentionRef Source, string Quote);
