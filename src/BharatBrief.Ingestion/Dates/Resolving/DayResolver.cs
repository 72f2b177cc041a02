namespace BharatBrief.Ingestion.Dates.Resolving;

/// <summary>Days named by their place in a month: "Thursday the 4th", "the 4th of next month", "the first Monday of December".</summary>
internal static class DayResolver
{
    /// <summary>
    /// How many months either side of the as-of month a day of the month is looked for: "on the 10th" and "Thursday the
    /// 14th" are of the as-of month or the one beside it; a weekday that agrees only with a month further off gives no date.
    /// </summary>
    private const int MonthsAround = 1;

    public static DateRange? DayOfMonth(PartialDate asOf, DayOfMonthDate date, TimeOrientation orientation)
    {
        if (date.MonthOffset is { } offset)
        {
            if (asOf.Month is null || CalendarMath.AddMonths(asOf.Year, asOf.Month.Value, offset) is not { } month
                || !PartialDate.IsValid(month.Year, month.Month!.Value, date.Day))
            {
                return null;
            }
            var day = PartialDate.OfDay(month.Year, month.Month.Value, date.Day);
            return date.Weekday is { } weekday && day.FirstDay.DayOfWeek != weekday ? null : DateRange.Of(day);
        }
        if (asOf.Precision != DatePrecision.Day)
        {
            return null;
        }
        var candidates = new List<DateOnly>();
        for (var i = -MonthsAround; i <= MonthsAround; i++)
        {
            if (CalendarMath.AddMonths(asOf.Year, asOf.Month!.Value, i) is { } month && PartialDate.IsValid(month.Year, month.Month!.Value, date.Day)
                && new DateOnly(month.Year, month.Month.Value, date.Day) is var day && (date.Weekday is not { } weekday || day.DayOfWeek == weekday))
            {
                candidates.Add(day);
            }
        }
        return Choose(candidates, asOf.FirstDay, orientation);
    }

    public static DateRange? NthWeekday(PartialDate? asOfDate, NthWeekdayDate nth, TimeOrientation orientation)
    {
        if (nth.Month is YearlessDate { YearOffset: null, Day: null, EndMonth: null } yearless && asOfDate is { Precision: DatePrecision.Day } asOf)
        {
            // The year is chosen by the day itself: "the first Monday of December" written on December 3 looks back to December 1.
            var candidates = new List<DateOnly>();
            for (var year = asOf.Year - 1; year <= asOf.Year + 1; year++)
            {
                if (year is >= 1 and <= 9999 && InMonth(year, yearless.Month, nth.Ordinal, nth.Day) is { } day)
                {
                    candidates.Add(day);
                }
            }
            return Choose(candidates, asOf.FirstDay, orientation);
        }
        if (DateResolver.Resolve(nth.Month, asOfDate, orientation) is not { End: null, Start: { Precision: DatePrecision.Month } month })
        {
            return null;
        }
        return InMonth(month.Year, month.Month!.Value, nth.Ordinal, nth.Day) is { } found ? DateRange.Of(PartialDate.OfDay(found)) : null;
    }

    /// <summary>The <paramref name="ordinal"/>th <paramref name="weekday"/> of the month (-1 the last); null when there is none (a fifth Monday).</summary>
    private static DateOnly? InMonth(int year, int month, int ordinal, DayOfWeek weekday)
    {
        if (ordinal < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        var dayOfMonth = 1 + ((int)weekday - (int)first.DayOfWeek + 7) % 7 + (ordinal - 1) * 7;
        return dayOfMonth <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, dayOfMonth) : null;
    }

    /// <summary>The latest candidate on or before the as-of day for the past, the first on or after it for the future, else the nearest.</summary>
    private static DateRange? Choose(List<DateOnly> candidates, DateOnly asOf, TimeOrientation orientation)
    {
        DateOnly? chosen = null;
        foreach (var day in candidates)
        {
            var fits = orientation switch
            {
                TimeOrientation.Past => day <= asOf && (chosen is null || day > chosen),
                TimeOrientation.Future => day >= asOf && (chosen is null || day < chosen),
                _ => chosen is not { } best || Math.Abs(day.DayNumber - asOf.DayNumber) < Math.Abs(best.DayNumber - asOf.DayNumber),
            };
            if (fits)
            {
                chosen = day;
            }
        }
        return chosen is { } found ? DateRange.Of(PartialDate.OfDay(found)) : null;
    }
}
