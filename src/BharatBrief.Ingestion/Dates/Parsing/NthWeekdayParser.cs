namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// "the first Monday of December", "the last Friday of November 2025", "the second Tuesday of next month",
/// "the 1st Monday in July"; and "the 4th of next month".
/// </summary>
internal static class NthWeekdayParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var at = index + (s.Is(index, Lexeme.The) ? 1 : 0);
        int ordinal;
        if (s.Is(at, Lexeme.Ordinal))
        {
            ordinal = s[at].Value;
        }
        else if (s.Is(at, Lexeme.Anchor) && s[at].Value == -1)
        {
            ordinal = -1;
        }
        else if (s.IsNumber(at) && s[at] is { Digits: 1, Suffix: NumberSuffix.Ordinal, Value: >= 1 and <= 5 } number)
        {
            if (!s.Is(at + 1, Lexeme.Weekday) && !IsDayOf(s, at + 1))
            {
                return TryDayOfRelativeMonth(s, at, out reading);
            }
            ordinal = number.Value;
        }
        else
        {
            return TryDayOfRelativeMonth(s, at, out reading);
        }
        if (IsDayOf(s, at + 1))
        {
            return TryNthDay(s, ordinal, at + 3, out reading);
        }
        var weekdayAt = at + 1;
        var monthAt = weekdayAt + 2;
        if (!s.Is(weekdayAt, Lexeme.Weekday) || !(s.Is(weekdayAt + 1, Lexeme.Of) || s.Is(weekdayAt + 1, Lexeme.Lead)))
        {
            return false;
        }
        var day = (DayOfWeek)s[weekdayAt].Value;
        if (RelativeParser.TryPeriod(s, monthAt, out var period) && period.Expression is RelativeMonth)
        {
            reading = new Reading(period.End, new NthWeekdayDate(ordinal, day, period.Expression));
            return true;
        }
        if (s.Is(monthAt, Lexeme.Anchor) && s.IsMonth(monthAt + 1))
        {
            // "of this December", "of next March": read the month as alone.
            if (!RelativeParser.TryRead(s, monthAt, out var anchored))
            {
                return false;
            }
            reading = new Reading(anchored.End, new NthWeekdayDate(ordinal, day, anchored.Expression));
            return true;
        }
        if (!s.IsMonth(monthAt) || !RangeParser.TryRead(s, monthAt, RangeConnectors.None, MonthLicence.Strong, requireRange: false, out var month)
            || month.Expression is not (AbsoluteDate { Start.Precision: DatePrecision.Month, End: null } or YearlessDate { Day: null, EndMonth: null }))
        {
            return false;
        }
        reading = new Reading(month.End, new NthWeekdayDate(ordinal, day, month.Expression));
        return true;
    }

    private const int February = 2;

    private const int NonLeapYear = 2025;

    private static bool IsDayOf(in TokenStream s, int index) =>
        s.Is(index, Lexeme.Unit) && s[index].Value == (int)TimeUnit.Day && (s.Is(index + 1, Lexeme.Of) || s.Is(index + 1, Lexeme.Lead));

    /// <summary>"the first day of March", "the last day of October 2015", "the third day of next month": a day of a named month.</summary>
    private static bool TryNthDay(in TokenStream s, int ordinal, int monthAt, out Reading reading)
    {
        reading = default;
        if (RelativeParser.TryPeriod(s, monthAt, out var period) && period.Expression is RelativeMonth relative)
        {
            // The last day of a counted month depends on which month it is; the grammar leaves it unread.
            reading = new Reading(period.End, new DayOfMonthDate(ordinal, MonthOffset: relative.Offset));
            return ordinal > 0;
        }
        if (!s.IsMonth(monthAt) || !RangeParser.TryRead(s, monthAt, RangeConnectors.None, MonthLicence.Strong, requireRange: false, out var month))
        {
            return false;
        }
        switch (month.Expression)
        {
            case AbsoluteDate { Start: { Precision: DatePrecision.Month } start, End: null }:
                var day = ordinal > 0 ? ordinal : DateTime.DaysInMonth(start.Year, start.Month!.Value);
                reading = new Reading(month.End, new AbsoluteDate(PartialDate.OfDay(start.Year, start.Month!.Value, day)));
                return PartialDate.IsValid(start.Year, start.Month.Value, day);
            case YearlessDate { Day: null, EndMonth: null } yearless when ordinal > 0 || yearless.Month != February:
                // Every month but February has the same length in every year.
                reading = new Reading(month.End, yearless with { Day = ordinal > 0 ? ordinal : DateTime.DaysInMonth(NonLeapYear, yearless.Month) });
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// "the 4th of next month", "the 21st of this month"; "on the 15th" where nothing follows that the number could count
    /// ("on the 15th in Moscow", not "on the 22nd anniversary"): the 15th of the month the tense points to.
    /// </summary>
    private static bool TryDayOfRelativeMonth(in TokenStream s, int dayAt, out Reading reading)
    {
        reading = default;
        if (!NumberRules.TryDay(s, dayAt, out var day, out var ordinal) || !ordinal)
        {
            return false;
        }
        var afterOn = s.Is(dayAt - 1, Lexeme.The) && s.Is(dayAt - 2, Lexeme.Lead) && s.TextOf(dayAt - 2).Equals("on", StringComparison.OrdinalIgnoreCase);
        var next = dayAt + 1;
        if (afterOn && (!s.IsWord(next) || s.Is(next, Lexeme.Lead) || s.Is(next, Lexeme.Licensor) || s.Is(next, Lexeme.Until)))
        {
            reading = new Reading(next, new DayOfMonthDate(day));
            return true;
        }
        if (!s.Is(next, Lexeme.Of) || !RelativeParser.TryPeriod(s, dayAt + 2, out var period) || period.Expression is not RelativeMonth month)
        {
            return false;
        }
        reading = new Reading(period.End, new DayOfMonthDate(day, MonthOffset: month.Offset));
        return true;
    }
}
