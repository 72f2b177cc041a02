namespace BharatBrief.Data.Export;

/// <summary>An agreement of the export; <see cref="History"/> is an addition to docs/export.md.</summary>
/// <param name="Kind">A DOMAIN slug ("mou").</param>
/// <param name="Status">The latest status any source supports, a DOMAIN slug ("ratified").</param>
/// <param name="Date">When it reached its status, ISO at its precision, or null.</param>
/// <param name="Summit">The slug of the summit it was signed or announced at, or null.</param>
/// <param name="History">Every status claim, oldest stage first.</param>
/// <param name="StatusSource">The source an editor cited when correcting the status; null when the status is the sources' own.</param>
/// <param name="Confidence">How sure the record is of the agreement, and what lowered it.</param>
public sealed record ExportAgreement(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    string Status,
    string? Date,
    IReadOnlyList<string> Themes,
    string? Summit,
    IReadOnlyList<ExportSource> Sources,
    IReadOnlyList<ExportStatusChange> History,
    string? StatusSource,
    ExportConfidence Confidence);
