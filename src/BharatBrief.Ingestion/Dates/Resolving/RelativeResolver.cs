namespace BharatBrief.Ingestion.Dates.Resolving;

/// <summary>Months, weeks, days and weekdays counted from the as-of date.</summary>
internal static class RelativeResolver
{
    public static DateRange? Month(PartialDate asOf, int offset) =>
        asOf.Month is { } month && CalendarMath.AddMonths(asOf.Year, month, offset) is { } shifted ? DateRange.Of(shifted) : null;

    private const int MonthsInAQuarter = 3;

    /// <summary>The three months of the quarter so many quarters from the as-of one.</summary>
    public static DateRange? Quarter(PartialDate asOf, int offset)
    {
        if (asOf.Month is not { } month)
        {
            return null;
        }
        var firstOfQuarter = (month - 1) / MonthsInAQuarter * MonthsInAQuarter + 1;
        return CalendarMath.AddMonths(asOf.Year, firstOfQuarter, offset * MonthsInAQuarter) is { } first
            && CalendarMath.AddMonths(first.Year, first.Month!.Value, MonthsInAQuarter - 1) is { } last
            ? new DateRange(first, last)
            : null;
    }

    /// <summary>A week (Monday to Sunday) known only to its month, so only when it lies within one month.</summary>
    public static DateRange? Week(PartialDate asOf, int offset)
    {
        if (asOf.Precision != DatePrecision.Day)
        {
            return null;
        }
        var day = asOf.FirstDay;
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        if (CalendarMath.AddDays(day, offset * 7 - sinceMonday) is not { } monday || CalendarMath.AddDays(monday, 6) is not { } sunday)
        {
            return null;
        }
        return monday.Month == sunday.Month ? DateRange.Of(PartialDate.OfMonth(monday.Year, monday.Month)) : null;
    }

    public static DateRange? Day(PartialDate asOf, int offset) =>
        asOf.Precision == DatePrecision.Day && CalendarMath.AddDays(asOf.FirstDay, offset) is { } day ? DateRange.Of(PartialDate.OfDay(day)) : null;

    /// <summary>
    /// "on Monday" looks back to the latest Monday on or before the as-of day, or ahead to the next one when the sentence
    /// looks ahead; "last Monday" is the latest strictly before, "next Monday" the first strictly after.
    /// </summary>
    public static DateRange? Weekday(PartialDate asOf, WeekdayDate weekday, TimeOrientation orientation)
    {
        if (asOf.Precision != DatePrecision.Day)
        {
            return null;
        }
        var day = asOf.FirstDay;
        var back = ((int)day.DayOfWeek - (int)weekday.Day + 7) % 7;
        var ahead = ((int)weekday.Day - (int)day.DayOfWeek + 7) % 7;
        var strictlyBack = back == 0 ? 7 : back;
        var strictlyAhead = ahead == 0 ? 7 : ahead;
        var shift = weekday.WeekOffset switch
        {
            0 when orientation == TimeOrientation.Future => strictlyAhead,
            0 => -back,
            < 0 => -strictlyBack + (weekday.WeekOffset + 1) * 7,
            _ => strictlyAhead + (weekday.WeekOffset - 1) * 7,
        };
        return CalendarMath.AddDays(day, shift) is { } resolved ? DateRange.Of(PartialDate.OfDay(resolved)) : null;
    }

    /// <summary>"Friday next week": the weekday of the week (Monday to Sunday) counted from the as-of week.</summary>
    public static DateRange? WeekdayInWeek(PartialDate asOf, WeekdayInWeek weekday)
    {
        if (asOf.Precision != DatePrecision.Day)
        {
            return null;
        }
        var day = asOf.FirstDay;
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        var intoWeek = ((int)weekday.Day + 6) % 7;
        return CalendarMath.AddDays(day, weekday.WeekOffset * 7 - sinceMonday + intoWeek) is { } resolved ? DateRange.Of(PartialDate.OfDay(resolved)) : null;
    }
}
