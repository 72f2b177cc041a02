namespace BharatBrief.Ingestion.Dates.Resolving;

/// <summary>Stretches of time around the as-of date or a date the sentence names: windows, weekends, fiscal years, shifts told by the story.</summary>
internal static class WindowResolver
{
    private const int DaysInAWeek = 7;
    private const int MonthsInAYear = 12;
    private const int FirstMonthOfFiscalYear = 4;

    /// <summary>"within two weeks", "the coming month", "the past year": the months (or years) the stretch covers.</summary>
    public static DateRange? Window(PartialDate asOf, AsOfWindow window)
    {
        if (asOf.Precision != DatePrecision.Day)
        {
            return null;
        }
        var day = asOf.FirstDay;
        DateOnly? first, last;
        if (window.ToPeriodEdge)
        {
            var edge = window.Sign > 0 ? PeriodEnd(day, window.Unit, window.Count) : PeriodStart(day, window.Unit, -window.Count);
            (first, last) = window.Sign > 0 ? (CalendarMath.AddDays(day, 1), edge) : (edge, CalendarMath.AddDays(day, -1));
        }
        else
        {
            var far = Add(day, window.Unit, window.Sign * window.Count);
            (first, last) = window.Sign > 0 ? ((DateOnly?)day, far) : (far, (DateOnly?)day);
        }
        if (first is not { } start || last is not { } end || end < start)
        {
            return null;
        }
        if (window.Unit == CalendarUnit.Week && (start.Year, start.Month) != (end.Year, end.Month))
        {
            // A week is known only as its month, as "next week" is.
            return null;
        }
        return window.Unit == CalendarUnit.Year && window.ToPeriodEdge ? Span(PartialDate.OfYear(start.Year), PartialDate.OfYear(end.Year)) : Months(start, end);
    }

    /// <summary>Saturday of the first week to Sunday of the last.</summary>
    public static DateRange? Weekend(PartialDate asOf, WeekendDate weekend)
    {
        if (asOf.Precision != DatePrecision.Day)
        {
            return null;
        }
        var day = asOf.FirstDay;
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return CalendarMath.AddDays(day, weekend.FirstWeekOffset * DaysInAWeek - sinceMonday + 5) is { } saturday
            && CalendarMath.AddDays(day, weekend.LastWeekOffset * DaysInAWeek - sinceMonday + 6) is { } sunday
            ? new DateRange(PartialDate.OfDay(saturday), PartialDate.OfDay(sunday))
            : null;
    }

    /// <summary>The fiscal year (April to March) so many years from the one the as-of month lies in.</summary>
    public static DateRange? FiscalYear(PartialDate asOf, int offset)
    {
        if (asOf.Month is not { } month)
        {
            return null;
        }
        var endYear = asOf.Year + (month >= FirstMonthOfFiscalYear ? 1 : 0) + offset;
        return OfFiscalYear(endYear);
    }

    /// <summary>The fiscal year that ends in March of <paramref name="endYear"/>.</summary>
    public static DateRange? OfFiscalYear(int endYear) =>
        endYear is > 1 and <= 9999 ? new DateRange(PartialDate.OfMonth(endYear - 1, FirstMonthOfFiscalYear), PartialDate.OfMonth(endYear, FirstMonthOfFiscalYear - 1)) : null;

    /// <summary>A shift from a single date the sentence named: days need a day; months give a month, years a year, weeks the month the week lies in.</summary>
    public static DateRange? Story(DateRange? anchor, StoryShift shift)
    {
        if (anchor is not { End: null, Start: var start })
        {
            return null;
        }
        switch (shift.Unit)
        {
            case CalendarUnit.Day:
                return start.Precision == DatePrecision.Day && CalendarMath.AddDays(start.FirstDay, shift.Amount) is { } day ? DateRange.Of(PartialDate.OfDay(day)) : null;
            case CalendarUnit.Week:
                if (start.Precision != DatePrecision.Day)
                {
                    return null;
                }
                var sinceMonday = ((int)start.FirstDay.DayOfWeek + 6) % 7;
                return CalendarMath.AddDays(start.FirstDay, shift.Amount * DaysInAWeek - sinceMonday) is { } monday
                    && CalendarMath.AddDays(monday, DaysInAWeek - 1) is { } sunday && monday.Month == sunday.Month
                    ? DateRange.Of(PartialDate.OfMonth(monday.Year, monday.Month))
                    : null;
            case CalendarUnit.Month:
                return start.Month is { } month ? (CalendarMath.AddMonths(start.Year, month, shift.Amount) is { } shifted ? DateRange.Of(shifted) : null) : null;
            default:
                return CalendarMath.Year(start.Year + shift.Amount);
        }
    }

    private static DateRange Months(DateOnly start, DateOnly end) =>
        Span(PartialDate.OfMonth(start.Year, start.Month), PartialDate.OfMonth(end.Year, end.Month));

    private static DateRange Span(PartialDate first, PartialDate last) => first == last ? DateRange.Of(first) : new DateRange(first, last);

    private static DateOnly? Add(DateOnly day, CalendarUnit unit, int amount)
    {
        try
        {
            return unit switch
            {
                CalendarUnit.Day => CalendarMath.AddDays(day, amount),
                CalendarUnit.Week => CalendarMath.AddDays(day, amount * DaysInAWeek),
                CalendarUnit.Month => day.AddMonths(amount),
                _ => day.AddYears(amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The last day of the week, month or year so many periods after the one <paramref name="day"/> lies in.</summary>
    private static DateOnly? PeriodEnd(DateOnly day, CalendarUnit unit, int periods) =>
        PeriodStart(day, unit, periods + 1) is { } next ? CalendarMath.AddDays(next, -1) : null;

    /// <summary>The first day of the week, month or year so many periods from the one <paramref name="day"/> lies in.</summary>
    private static DateOnly? PeriodStart(DateOnly day, CalendarUnit unit, int periods)
    {
        switch (unit)
        {
            case CalendarUnit.Week:
                return CalendarMath.AddDays(day, periods * DaysInAWeek - ((int)day.DayOfWeek + 6) % 7);
            case CalendarUnit.Month:
                return CalendarMath.AddMonths(day.Year, day.Month, periods) is { } month ? month.FirstDay : null;
            case CalendarUnit.Year:
                return CalendarMath.AddMonths(day.Year, 1, periods * MonthsInAYear) is { } year ? year.FirstDay : null;
            default:
                return CalendarMath.AddDays(day, periods);
        }
    }
}
