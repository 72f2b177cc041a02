using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Dates;

/// <summary>A date phrase found in a piece of text.</summary>
/// <param name="Span">Where the phrase sits in the text that was searched.</param>
/// <param name="Text">The phrase as written ("early May 2025").</param>
/// <param name="Expression">What it means.</param>
/// <param name="Boundary">
/// Whether the words before the phrase make it a bound of a period rather than the date of an event:
/// "since 1971", "by 2030", "until 2030", "through 2030". The words stay outside <paramref name="Text"/>.
/// </param>
public sealed record DateMatch(TextSpan Span, string Text, DateExpression Expression, DateBoundary Boundary = DateBoundary.None)
{
    /// <summary>
    /// False for bounds of periods ("since 1971", "by 2030") and for spans of several years ("2021–2031", "the 1960s"):
    /// such dates frame a story, they do not date an event in it.
    /// </summary>
    public bool CanDateEvent =>
        Boundary == DateBoundary.None
        && Expression is not (DecadeDate or AbsoluteDate { Start.Precision: DatePrecision.Year, End.Precision: DatePrecision.Year });

    /// <summary>The year the phrase states in full for an event ("in 2000", "on October 3, 2000"), or null.</summary>
    public int? StatedYear => CanDateEvent && Expression is AbsoluteDate { Start: var start, End: var end } && (end is null || end.Value.Year == start.Year)
        ? start.Year
        : null;
}
