namespace BharatBrief.Data.Export;

/// <summary>A status a source gives an agreement: the status slug, the article (slug), its sentence and the article's as-of date.</summary>
public sealed record ExportStatusChange(string Status, string Article, string Quote, string? AsOf);
