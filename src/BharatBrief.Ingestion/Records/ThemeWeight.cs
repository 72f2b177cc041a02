namespace BharatBrief.Ingestion.Records;

/// <summary>How much of an article is about one theme of the taxonomy; an article's weights sum to 1.</summary>
public sealed record ThemeWeight(string Slug, double Weight);
