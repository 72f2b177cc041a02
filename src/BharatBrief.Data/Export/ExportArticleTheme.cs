namespace BharatBrief.Data.Export;

/// <summary>A theme of an article with its weight, rounded to three decimals.</summary>
public sealed record ExportArticleTheme(string Slug, double Weight);
