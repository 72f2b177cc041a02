using System.Globalization;
using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Web.Formatting;

/// <summary>
/// Dates as readers say them, at exactly the precision the store holds: "2024", "July 2024", "8 July 2024",
/// "4–5 December 2025", "30 November – 2 December 2025". Never a day that the evidence does not give.
/// </summary>
public static class DateDisplay
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The date or range; "date not known" when there is none; the raw text when it is not an ISO date.</summary>
    public static string Format(string? start, string? end = null)
    {
        if (!PartialDate.TryParse(start, out var from))
        {
            return string.IsNullOrWhiteSpace(start) ? "date not known" : start;
        }
        if (!PartialDate.TryParse(end, out var to) || to == from)
        {
            return Single(from);
        }
        return (from.Precision, to.Precision) switch
        {
            (DatePrecision.Day, DatePrecision.Day) when from.Year == to.Year && from.Month == to.Month =>
                $"{from.Day}–{to.Day} {MonthName(to)} {to.Year}",
            (DatePrecision.Day, DatePrecision.Day) when from.Year == to.Year =>
                $"{from.Day} {MonthName(from)} – {to.Day} {MonthName(to)} {to.Year}",
            (DatePrecision.Month, DatePrecision.Month) when from.Year == to.Year =>
                $"{MonthName(from)}–{MonthName(to)} {to.Year}",
            (DatePrecision.Year, DatePrecision.Year) => $"{from.Year}–{to.Year}",
            _ => $"{Single(from)} – {Single(to)}",
        };
    }

    /// <summary>One date at its precision.</summary>
    public static string Single(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => $"{date.Day} {MonthName(date)} {date.Year}",
        DatePrecision.Month => $"{MonthName(date)} {date.Year}",
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A date as a news site writes it in a citation, "5 Oct 2018", "Oct 2018", "2018": the month's three letters
    /// from a fixed list, since the culture's own short names vary ("Sept" in en-GB); the raw text when it is not an ISO date.
    /// </summary>
    public static string Short(string? iso) => PartialDate.TryParse(iso, out var date)
        ? date.Precision switch
        {
            DatePrecision.Day => $"{date.Day} {ShortMonths[date.Month!.Value - 1]} {date.Year}",
            DatePrecision.Month => $"{ShortMonths[date.Month!.Value - 1]} {date.Year}",
            _ => date.Year.ToString(CultureInfo.InvariantCulture),
        }
        : string.IsNullOrWhiteSpace(iso) ? "date not known" : iso;

    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>What the precision means for a reader: "known to the day", "known to the month", "known to the year".</summary>
    public static string Precision(string? iso) => PartialDate.TryParse(iso, out var date)
        ? date.Precision switch
        {
            DatePrecision.Day => "known to the day",
            DatePrecision.Month => "known to the month",
            _ => "known to the year",
        }
        : "not known";

    private static string MonthName(PartialDate date) => English.DateTimeFormat.GetMonthName(date.Month!.Value);
}
