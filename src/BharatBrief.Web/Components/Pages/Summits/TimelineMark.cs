using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>
/// One summit as the time axis draws it: only what a marker, its accessible name and the details panel need, since
/// a live timeline keeps every matching summit in its circuit.
/// </summary>
public sealed record TimelineMark(
    int Id, string Slug, string Title, SummitKind Kind, SummitStatus Status, string? Start, string? End, int? Year, string? City, string? Country)
{
    /// <summary>The first day the dates cover; null for a summit without a date, which the axis leaves to the list.</summary>
    public DateOnly? FirstDay => PartialDate.TryParse(Start, out var start) ? start.FirstDay : null;

    /// <summary>The last day the dates cover: the end of the year for a summit known only to its year.</summary>
    public DateOnly? LastDay => PartialDate.TryParse(End, out var end) ? end.LastDay : PartialDate.TryParse(Start, out var start) ? start.LastDay : null;

    /// <summary>Known only to the month or the year: the axis shows the whole period it may fall in.</summary>
    public bool IsApproximate => PartialDate.TryParse(Start, out var start) && start.Precision != DatePrecision.Day;

    public string Date => DateDisplay.Format(Start, End);

    public string? Place => City is null ? Country : Country is null || Country == City ? City : $"{City}, {Country}";

    /// <summary>The marker's name for screen readers: what it is, its status in words, when and where.</summary>
    public string AccessibleName =>
        $"{Title}: {Labels.Of(Status).ToLowerInvariant()}, {Labels.Of(Kind).ToLowerInvariant()}, {Date}"
        + (IsApproximate ? $" ({DateDisplay.Precision(Start)})" : "")
        + (Place is { } place ? $", {place}" : "");
}
