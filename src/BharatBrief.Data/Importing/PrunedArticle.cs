namespace BharatBrief.Data.Importing;

/// <summary>A stored article whose file is no longer in the folder it was ingested from.</summary>
public sealed record PrunedArticle(string Slug, string File);
