using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>Whether two reports' dates can be of one meeting.</summary>
public static class MeetingDates
{
    private const int MultiDaySlack = 2;

    /// <summary>
    /// True when one date covers the other ("July 2024" and "8 July 2024"), when the spans overlap ("4–5 October" and
    /// "5 October"), or when two exact days lie within two days of each other: the days of one visit, reported apart.
    /// </summary>
    public static bool CanBeSameMeeting(DateRange a, DateRange b)
    {
        if (a.Start.IsCompatibleWith(b.Start))
        {
            return true;
        }
        var (aFrom, aTo) = (a.Start.FirstDay, (a.End ?? a.Start).LastDay);
        var (bFrom, bTo) = (b.Start.FirstDay, (b.End ?? b.Start).LastDay);
        var bothExact = a.Start.Precision == DatePrecision.Day && b.Start.Precision == DatePrecision.Day;
        return bothExact && ((aFrom <= bTo && bFrom <= aTo) || Math.Abs(aFrom.DayNumber - bFrom.DayNumber) <= MultiDaySlack);
    }

    /// <summary>A day-precise start stretched over the stated length of the visit ("a two-day visit").</summary>
    public static DateRange WithDuration(DateRange range, int? days) =>
        range.End is null && days is > 1 && range.Start.Precision == DatePrecision.Day
            ? range with { End = PartialDate.OfDay(range.Start.FirstDay.AddDays(days.Value - 1)) }
            : range;
}
