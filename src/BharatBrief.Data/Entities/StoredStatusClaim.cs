namespace BharatBrief.Data.Entities;

/// <summary>A status an article gives an agreement (a DOMAIN slug such as "signed") and the words that give it.</summary>
public sealed record StoredStatusClaim(string Status, StoredEvidence Evidence);
