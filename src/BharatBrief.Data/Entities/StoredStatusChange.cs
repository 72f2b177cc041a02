namespace BharatBrief.Data.Entities;

/// <summary>One entry of an agreement's status history: a status a source gives it, with its words and its as-of date.</summary>
/// <param name="Status">The DOMAIN slug of the status ("signed").</param>
/// <param name="ArticleId">The article that gives it.</param>
/// <param name="Mention">Index of the agreement mention in that article.</param>
/// <param name="Evidence">The sentence that gives it.</param>
/// <param name="SourceAsOf">The article's as-of date (ISO at its precision), which orders claims in time; null when unknown.</param>
public sealed record StoredStatusChange(string Status, int ArticleId, int Mention, StoredEvidence Evidence, string? SourceAsOf);
