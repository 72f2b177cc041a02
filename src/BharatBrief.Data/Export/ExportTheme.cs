namespace BharatBrief.Data.Export;

/// <summary>A theme of the taxonomy and the articles (slugs) that have it, heaviest first.</summary>
public sealed record ExportTheme(string Slug, string Name, IReadOnlyList<string> Articles);
