namespace BharatBrief.Data.Entities;

/// <summary>One side of a conflict: the value an article gives, and the sentence it gives it in.</summary>
/// <param name="Value">The value as the source gives it ("2021").</param>
/// <param name="ArticleId">The article that makes the claim.</param>
/// <param name="Quote">The sentence that makes it.</param>
public sealed record StoredConflictClaim(string Value, int ArticleId, string Quote);
