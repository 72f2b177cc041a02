namespace BharatBrief.Data.Export;

/// <summary>A summit of the export; fields after <see cref="Conflicts"/> are additions to docs/export.md.</summary>
/// <param name="Kind">A DOMAIN slug ("annual-summit").</param>
/// <param name="Status">A DOMAIN slug ("held").</param>
/// <param name="Start">ISO date at the precision the evidence supports, or null.</param>
/// <param name="End">ISO date at its precision, or null.</param>
/// <param name="Themes">Theme slugs.</param>
/// <param name="Sources">Every sentence of every article that mentions it.</param>
/// <param name="Conflicts">Fields on which sources disagree.</param>
/// <param name="Forum">The multilateral forum it took place at, or null.</param>
/// <param name="OrdinalIsDerived">True when the ordinal was not stated but derived.</param>
/// <param name="Confidence">How sure the record is of the summit, and what lowered it.</param>
public sealed record ExportSummit(
    string Slug,
    string Title,
    string Kind,
    string Status,
    string? Start,
    string? End,
    string? City,
    string? Country,
    string? Venue,
    int? Ordinal,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Themes,
    IReadOnlyList<ExportSource> Sources,
    IReadOnlyList<ExportConflict> Conflicts,
    string? Forum,
    bool OrdinalIsDerived,
    ExportConfidence Confidence);
