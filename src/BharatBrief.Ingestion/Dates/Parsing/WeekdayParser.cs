namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// "Monday", "Monday’s meeting", "Friday next week", "Tuesday of last week", "Thursday the 4th", "the Friday after next";
/// before a date ("Monday, July 8, 2024", "Monday, September 1") the date is what counts, and the weekday must agree with it.
/// A weekday that is part of a holiday's name ("Easter Sunday", "Good Friday") is no date.
/// </summary>
internal static class WeekdayParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var abbreviated = s.Is(index, Lexeme.WeekdayAbbreviation);
        // "the first Monday meeting": an ordinal weekday with no month is no date.
        if (!(s.Is(index, Lexeme.Weekday) || abbreviated) || IsHolidayName(s, index) || s.Is(index - 1, Lexeme.Ordinal) || IsTheStorys(s, index))
        {
            return false;
        }
        var day = (DayOfWeek)s[index].Value;
        var afterName = index + 1 + (abbreviated && s.IsSymbol(index + 1, '.') && s.IsGlued(index + 1) ? 1 : 0);
        // "Monday, September 1", "Monday (Sept 1)": the brackets belong to the phrase when they hold the whole date.
        var bracketed = s.IsSymbol(afterName, '(');
        var dateAt = afterName + (s.IsSymbol(afterName, ',') || bracketed ? 1 : 0);
        if (RangeParser.TryRead(s, dateAt, RangeConnectors.Plain, MonthLicence.None, requireRange: false, out var date)
            && date.Expression is AbsoluteDate { Start.Day: not null } or YearlessDate { Day: not null }
            && (!bracketed || s.IsSymbol(date.End, ')')))
        {
            date = bracketed ? date with { End = date.End + 1 } : date;
            // "Sunday 12/7/2014": where the day-first reading falls on another weekday and the month-first one agrees, the weekday decides.
            // Where neither reading agrees, only the year is sure.
            if (date.Expression is AbsoluteDate { Start: var start, End: null } && start.FirstDay.DayOfWeek != day
                && CalendarAtomParser.TryNumericMonthFirst(s, dateAt, out var swapped) && swapped.End + (bracketed ? 1 : 0) == date.End)
            {
                reading = new Reading(date.End, swapped.Parts.ToPartialDate().FirstDay.DayOfWeek == day
                    ? swapped.Parts.ToExpression()
                    : new AbsoluteDate(PartialDate.OfYear(start.Year)));
                return true;
            }
            reading = new Reading(date.End, Agree(date.Expression, day));
            return true;
        }
        // "Thursday last year", "Monday next month": which Thursday is not said; the period after it is read alone.
        // "Friday week" is a week after Friday, not Friday.
        if (abbreviated && s.IsNumber(afterName) && s[afterName].Suffix == NumberSuffix.Ordinal)
        {
            // "Thu 15th": abbreviated, the weekday needs its day written as an ordinal.
            return TryDayNumber(s, afterName, day, out reading);
        }
        if (abbreviated || (s.Is(index + 1, Lexeme.Anchor) && s.Is(index + 2, Lexeme.Unit) && s[index + 2].Value is (int)TimeUnit.Month or (int)TimeUnit.Year)
            || IsWeekAfter(s, index + 1))
        {
            return false;
        }
        if (TryDayNumber(s, index + 1, day, out reading))
        {
            return true;
        }
        if (TryWeekAfter(s, index + 1, out var weekOffset, out var end))
        {
            reading = new Reading(end, new WeekdayInWeek(day, weekOffset));
            return true;
        }
        // "the Friday after next": the one after next Friday; "the Friday before last": the one before last Friday.
        if (TryBeyond(s, index + 1, out var beyond))
        {
            reading = new Reading(index + 3, new WeekdayDate(day, beyond));
            return true;
        }
        // "Friday and Saturday next week": the week named once is the first weekday's too; the pair is a span when the days follow
        // each other, else the first weekday alone is not understood.
        if (s.Is(index + 1, Lexeme.And) && s.Is(index + 2, Lexeme.Weekday) && TryWeekAfter(s, index + 3, out var sharedWeek, out var sharedEnd))
        {
            var second = (DayOfWeek)s[index + 2].Value;
            if (((int)day + 1) % 7 != (int)second || day == DayOfWeek.Sunday)
            {
                return false;
            }
            reading = new Reading(sharedEnd, new DateSpan(new WeekdayInWeek(day, sharedWeek), new WeekdayInWeek(second, sharedWeek)));
            return true;
        }
        // "Thursday last", "Monday next": the latest before, the first after.
        if (s.Is(index + 1, Lexeme.Anchor) && s[index + 1].Value != 0 && !s.Is(index + 2, Lexeme.Unit) && !s.Is(index + 2, Lexeme.Units)
            && !s.Is(index + 2, Lexeme.Weekday) && !s.IsMonth(index + 2) && !s.Is(index + 2, Lexeme.Previous))
        {
            reading = new Reading(index + 2, new WeekdayDate(day, s[index + 1].Value));
            return true;
        }
        reading = new Reading(index + 1, new WeekdayDate(day));
        return true;
    }

    /// <summary>"next week", ", next week", "of next week", "this week" after a weekday; the week's offset.</summary>
    public static bool TryWeekAfter(in TokenStream s, int index, out int offset, out int end)
    {
        var at = index + (s.IsSymbol(index, ',') || s.Is(index, Lexeme.Of) ? 1 : 0);
        var found = s.Is(at, Lexeme.Anchor) && !s.Is(at - 1, Lexeme.The) && s.Is(at + 1, Lexeme.Unit) && s[at + 1].Value == (int)TimeUnit.Week;
        offset = found ? s[at].Value : 0;
        end = at + 2;
        return found;
    }

    /// <summary>"after next" (2) or "before last" (-2) closing a phrase: "the Friday after next", "the week before last".</summary>
    public static bool TryBeyond(in TokenStream s, int index, out int offset)
    {
        var after = s.Is(index, Lexeme.Licensor) && s[index].Value == Licence.After && s.Is(index + 1, Lexeme.Anchor) && s[index + 1].Value == 1;
        var before = s.Is(index, Lexeme.Licensor) && s[index].Value == Licence.Before && s.Is(index + 1, Lexeme.Anchor) && s[index + 1].Value == -1;
        offset = after ? 2 : before ? -2 : 0;
        return (after || before) && !s.Is(index + 2, Lexeme.Unit) && !s.Is(index + 2, Lexeme.Weekday) && !s.IsMonth(index + 2);
    }

    /// <summary>"Friday week", "next Thursday week": a week after the weekday, not the weekday.</summary>
    public static bool IsWeekAfter(in TokenStream s, int index) => s.Is(index, Lexeme.Unit) && s[index].Value == (int)TimeUnit.Week;

    /// <summary>
    /// "the previous Thursday", "the following Monday", "the next Friday", "the Friday before" closing its clause: a weekday counted
    /// from the story's own time, which only the narrative gives; "the Friday before last" and "the Friday after next" count from
    /// the as-of date.
    /// </summary>
    private static bool IsTheStorys(in TokenStream s, int index)
    {
        var storyWordBefore = (s.Is(index - 1, Lexeme.Previous) && s[index - 1].Value != 0)
            || (s.Is(index - 1, Lexeme.Anaphor) && !s.TextOf(index - 1).Equals("that", StringComparison.OrdinalIgnoreCase))
            || (s.Is(index - 1, Lexeme.Anchor) && s.Is(index - 2, Lexeme.The));
        var countedFromAfter = s.Is(index - 1, Lexeme.The) && s.Is(index + 1, Lexeme.Licensor)
            && s[index + 1].Value is Licence.After or Licence.Before && ShiftParser.ClosesClause(s, index + 2);
        return storyWordBefore || countedFromAfter;
    }

    /// <summary>True after a capitalised holiday word: "Easter Sunday", "Good Friday", "Ash Wednesday".</summary>
    public static bool IsHolidayName(in TokenStream s, int index) =>
        s.Is(index - 1, Lexeme.Holiday) && char.IsUpper(s.TextOf(index - 1)[0]);

    /// <summary>"Thursday the 4th", "Thursday 4th", "Thursday the 4th of December", "FRIDAY 5".</summary>
    private static bool TryDayNumber(in TokenStream s, int index, DayOfWeek weekday, out Reading reading)
    {
        reading = default;
        var theAt = index + (s.IsSymbol(index, ',') ? 1 : 0);
        var dayAt = theAt + (s.Is(theAt, Lexeme.The) ? 1 : 0);
        if (!NumberRules.TryDay(s, dayAt, out var day, out var ordinal))
        {
            return false;
        }
        // "FRIDAY 5" heading a diary's day: a bare number right after the weekday, closing the phrase, is its day.
        if (!ordinal && (dayAt != index || (dayAt + 1 < s.Count && (s.IsWord(dayAt + 1) || s.IsNumber(dayAt + 1) || s.IsSymbol(dayAt + 1, ':') || s.IsSymbol(dayAt + 1, '.')))))
        {
            return false;
        }
        if (s.Is(dayAt + 1, Lexeme.Of) && s.IsMonth(dayAt + 2))
        {
            // "Thursday the 4th of December [2025]" reads as "Thursday, 4th of December [2025]".
            if (!CalendarAtomParser.TryRead(s, dayAt, out var atom) || atom.Parts.Day is null)
            {
                return false;
            }
            reading = new Reading(atom.End, Agree(atom.Parts.ToExpression(), weekday));
            return true;
        }
        if (s.Is(dayAt + 1, Lexeme.Of) && RelativeParser.TryPeriod(s, dayAt + 2, out var period) && period.Expression is RelativeMonth month)
        {
            reading = new Reading(period.End, new DayOfMonthDate(day, weekday, month.Offset));
            return true;
        }
        reading = new Reading(dayAt + 1, new DayOfMonthDate(day, weekday));
        return true;
    }

    /// <summary>A date named with its weekday: an absolute day that falls on another weekday keeps only its month.</summary>
    private static DateExpression Agree(DateExpression date, DayOfWeek weekday) => date switch
    {
        AbsoluteDate { Start: { Day: not null } start } absolute when start.FirstDay.DayOfWeek != weekday =>
            new AbsoluteDate(
                start.Truncate(DatePrecision.Month),
                absolute.End is { } end && end.Truncate(DatePrecision.Month) != start.Truncate(DatePrecision.Month) ? end.Truncate(DatePrecision.Month) : null),
        YearlessDate yearless => yearless with { Weekday = weekday },
        _ => date,
    };
}
