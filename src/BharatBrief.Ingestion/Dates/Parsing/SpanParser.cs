namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Spans whose ends share a relative period written once after them: "from Monday to Wednesday next week",
/// "Monday to Wednesday", "between Tuesday and Thursday", "from 4 to 22 this month", "4–5 of next month".
/// </summary>
internal static class SpanParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var connectors = s.Is(index, Lexeme.Between) ? RangeConnectors.Between
            : s.Is(index, Lexeme.From) ? RangeConnectors.From
            : RangeConnectors.Plain;
        var bounded = s.Is(index, Lexeme.Between) || s.Is(index, Lexeme.From);
        var first = bounded ? index + 1 : index;
        if (bounded && TryMixed(s, first, connectors, out reading))
        {
            return true;
        }
        var joint = first + 1;
        var connector = RangeParser.ConnectorAt(s, joint);
        var second = RangeParser.AfterConnector(s, joint);
        if (connector == RangeConnectors.None || !connectors.HasFlag(connector))
        {
            return false;
        }
        if (s.Is(first, Lexeme.Weekday) && s.Is(second, Lexeme.Weekday)
            && !WeekdayParser.IsHolidayName(s, first) && !WeekdayParser.IsHolidayName(s, second))
        {
            var (from, to) = ((DayOfWeek)s[first].Value, (DayOfWeek)s[second].Value);
            if (WeekdayParser.TryWeekAfter(s, second + 1, out var week, out var end))
            {
                // Weeks run Monday to Sunday, so the later weekday must come later in the week.
                var ordered = (((int)from + 6) % 7) < (((int)to + 6) % 7);
                reading = new Reading(end, new DateSpan(new WeekdayInWeek(from, week), new WeekdayInWeek(to, week)));
                return ordered;
            }
            reading = new Reading(second + 1, new DateSpan(new WeekdayDate(from), new WeekdayDate(to)));
            return true;
        }
        if (NumberRules.TryDay(s, first, out var firstDay, out _) && NumberRules.StartsFreely(s, first)
            && NumberRules.TryDay(s, second, out var lastDay, out _) && firstDay < lastDay)
        {
            var periodAt = second + 1 + (s.Is(second + 1, Lexeme.Of) ? 1 : 0);
            if (RelativeParser.TryPeriod(s, periodAt, out var period) && period.Expression is RelativeMonth month)
            {
                reading = new Reading(period.End, new DateSpan(new DayOfMonthDate(firstDay, MonthOffset: month.Offset), new DayOfMonthDate(lastDay, MonthOffset: month.Offset)));
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "from 2019 to last year", "between last year and 2030", "from yesterday until Friday": after "from" or "between",
    /// two dates of which at least one is counted from the as-of date, each read alone.
    /// </summary>
    private static bool TryMixed(in TokenStream s, int first, RangeConnectors connectors, out Reading reading)
    {
        reading = default;
        // "between now and March", "from now until 2030": the as-of day is the start.
        var start = s.Is(first, Lexeme.Now) ? new Reading(first + 1, new RelativeDay(0)) : default;
        if ((start.Expression is null && !PhraseParser.TryRead(s, first, MonthLicence.Strong, out start)) || !IsPoint(start.Expression))
        {
            return false;
        }
        var connector = RangeParser.ConnectorAt(s, start.End);
        if (connector == RangeConnectors.None || !connectors.HasFlag(connector)
            || !PhraseParser.TryRead(s, RangeParser.AfterConnector(s, start.End), MonthLicence.Strong, out var end) || !IsPoint(end.Expression)
            || (IsCalendar(start.Expression) && IsCalendar(end.Expression) && !IsQualified(start.Expression) && !IsQualified(end.Expression)))
        {
            return false;
        }
        reading = new Reading(end.End, new DateSpan(start.Expression, end.Expression));
        return true;
    }

    /// <summary>"late March", "early 2024": a part of a period stands for the period as the end of a span ("from late March to early April").</summary>
    private static bool IsQualified(DateExpression expression) =>
        expression is AbsoluteDate { Qualifier: not DateQualifier.None } or YearlessDate { Qualifier: not DateQualifier.None };

    private static bool IsPoint(DateExpression expression) => expression is AbsoluteDate { End: null }
        or YearlessDate { EndMonth: null } or RelativeYear or RelativeMonth or RelativeDay or WeekdayDate or WeekdayInWeek
        or DayOfMonthDate or ShiftedDate;

    private static bool IsCalendar(DateExpression expression) => expression is AbsoluteDate or YearlessDate;
}
