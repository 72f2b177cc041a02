namespace BharatBrief.Ingestion.Dates;

/// <summary>
/// Whether the text around a date speaks of the past or the future: "will arrive on December 4" looks ahead,
/// "met on Monday" looks back. Yearless and weekday dates are resolved towards it.
/// </summary>
public enum TimeOrientation
{
    Unknown,
    Past,
    Future,
}
