namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>One theme of the fixed taxonomy (docs/domain.md).</summary>
public sealed record ThemeDefinition(string Slug, string Name, string About);
