namespace BharatBrief.Data.Export;

/// <summary>A numeric claim, grouped across the articles that make it with the same value about the same thing.</summary>
public sealed record ExportFigure(string What, string Value, IReadOnlyList<ExportSource> Sources);
