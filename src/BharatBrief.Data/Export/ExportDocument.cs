namespace BharatBrief.Data.Export;

/// <summary>The export document of docs/export.md. Property order is the document's field order.</summary>
/// <param name="GeneratedAt">When the document was written, UTC, to the second ("2026-11-22T10:00:00Z").</param>
public sealed record ExportDocument(
    string GeneratedAt,
    IReadOnlyList<ExportArticle> Articles,
    IReadOnlyList<ExportSummit> Summits,
    IReadOnlyList<ExportAgreement> Agreements,
    IReadOnlyList<ExportTheme> Themes,
    IReadOnlyList<ExportFigure> Figures);
