namespace BharatBrief.Data.Export;

/// <summary>An article of the export.</summary>
/// <param name="Source">The file name it was ingested from; null for editors' briefs.</param>
/// <param name="PublishedOn">ISO date at its precision, or null.</param>
/// <param name="AsOf">The effective as-of date, ISO at its precision, or null.</param>
/// <param name="AsOfBasis">How the as-of date was found.</param>
/// <param name="Themes">Its themes, heaviest first.</param>
public sealed record ExportArticle(
    string Slug,
    string Title,
    string? Source,
    string? PublishedOn,
    string? AsOf,
    string AsOfBasis,
    IReadOnlyList<ExportArticleTheme> Themes);
