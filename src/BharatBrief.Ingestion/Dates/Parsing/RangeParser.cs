namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Reads a calendar date or a range of two: "December 4–5, 2025", "4-5 December", "November 30–December 1, 2025",
/// "July–August 2024", "2024–25". The ends lend each other the month and year they leave out.
/// </summary>
internal static class RangeParser
{
    public static bool TryRead(in TokenStream s, int index, RangeConnectors connectors, MonthLicence context, bool requireRange, out Reading reading)
    {
        reading = default;
        if (!connectors.HasFlag(RangeConnectors.And) && connectors != RangeConnectors.None
            && (TryDayList(s, index, out reading) || TryMonthList(s, index, context, out reading)))
        {
            return true;
        }
        if (!CalendarAtomParser.TryRead(s, index, out var start))
        {
            // A day alone is a date only as the start of a range whose end names the month: "4–5 December", "the 21st to the 23rd of May".
            var dayAt = index + (s.Is(index, Lexeme.The) ? 1 : 0);
            if (!NumberRules.TryDay(s, dayAt, out var day, out var ordinal) || (dayAt > index && (!ordinal || !NumberRules.StartsFreely(s, dayAt))))
            {
                return false;
            }
            start = new CalendarAtom(dayAt + 1, new CalendarParts(null, null, day));
        }
        if (TryEnd(s, start, connectors, out var first, out var last, out var end)
            && (start.Needs <= context || last.Year is not null))
        {
            reading = new Reading(end, Build(first, last));
            return true;
        }
        if (requireRange || !start.Parts.IsValid || start.Needs > context || IsFirstOfAlternativeMonths(s, start))
        {
            return false;
        }
        reading = new Reading(start.End, start.Parts.ToExpression());
        return true;
    }

    /// <summary>
    /// "4, 5 and 6 March", "March 4, 5 and 6, 2025", "4 and 6 March", "July 8 and 10", "4-5 and 7 March", "the 4th or 5th of
    /// December": days listed with their month, the last joined by "and" or "or". Days that follow each other are the span
    /// they make; days with gaps between them, or offered as alternatives, are several dates of which only the month is sure.
    /// </summary>
    private static bool TryDayList(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var monthFirst = s.IsMonth(index);
        var at = monthFirst ? AfterMonthName(s, index)
            : s.Is(index, Lexeme.The) && s.IsNumber(index + 1) && s[index + 1].Suffix == NumberSuffix.Ordinal ? index + 1
            : index;
        if (!monthFirst && !NumberRules.StartsFreely(s, at))
        {
            return false;
        }
        var firstDay = 0;
        var lastDay = 0;
        var items = 0;
        var consecutive = true;
        var lastJoinWasAnd = false;
        var alternatives = false;
        while (NumberRules.TryDay(s, at, out var day, out _))
        {
            var itemEnd = day;
            var next = at + 1;
            if (s.IsDash(next) && NumberRules.TryDay(s, next + 1, out var dashEnd, out _) && dashEnd > day)
            {
                (itemEnd, next) = (dashEnd, next + 2);
            }
            if (items > 0 && day <= lastDay)
            {
                return false;
            }
            consecutive &= items == 0 || day == lastDay + 1;
            (firstDay, lastDay, items) = (items == 0 ? day : firstDay, itemEnd, items + 1);
            at = next;
            // ", 5", " and 6", ", and 6": a separator counts only before another day ("March 4, 2025" ends the list).
            var separator = s.IsSymbol(at, ',') ? at + 1 : at;
            var or = OrWidth(s, separator);
            var and = s.Is(separator, Lexeme.And) || or > 0;
            var nextDayAt = separator + (or > 0 ? or : and ? 1 : 0);
            if (nextDayAt == at || !NumberRules.TryDay(s, nextDayAt, out _, out _))
            {
                break;
            }
            lastJoinWasAnd = and;
            alternatives |= or > 0;
            at = nextDayAt;
        }
        // Commas alone do not make a list: "on March 4, 5 people were hurt".
        if (items < 2 || !lastJoinWasAnd)
        {
            return false;
        }
        int month;
        int end;
        int? year;
        if (monthFirst)
        {
            month = s[index].Value;
            var yearAt = at + (s.IsSymbol(at, ',') ? 1 : 0);
            year = NumberRules.TryYear(s, yearAt, NumberRules.EarliestYearWithMonth, out var stated) ? stated : null;
            end = year is null ? at : yearAt + 1;
        }
        else
        {
            // "the 4th or 5th of December".
            at += s.Is(at, Lexeme.Of) && s[at - 1].Suffix == NumberSuffix.Ordinal ? 1 : 0;
            if (!s.IsMonth(at))
            {
                return false;
            }
            month = s[at].Value;
            var afterMonth = AfterMonthName(s, at);
            var yearAt = afterMonth + (s.IsSymbol(afterMonth, ',') ? 1 : 0);
            year = NumberRules.TryYear(s, yearAt, NumberRules.EarliestYearWithMonth, out var stated) ? stated : null;
            end = year is null ? at + 1 : yearAt + 1;
        }
        var first = new CalendarParts(year, month, firstDay);
        var last = new CalendarParts(year, month, lastDay);
        if (!first.IsValid || !last.IsValid)
        {
            return false;
        }
        reading = new Reading(end, consecutive && !alternatives ? Build(first, last) : new CalendarParts(year, month, null).ToExpression());
        return true;
    }

    /// <summary>
    /// "July and August 2025", "July & August", "March or April 2025", "March and May 2025": months listed, the last joined by
    /// "and" or "or". Months that follow each other, all joined by "and", are the span they make; otherwise only the year
    /// is sure, and without a year the list is not read.
    /// </summary>
    private static bool TryMonthList(in TokenStream s, int index, MonthLicence context, out Reading reading)
    {
        reading = default;
        if (!s.IsMonth(index))
        {
            return false;
        }
        var (first, last, items, consecutive, lastJoined) = (s[index].Value, s[index].Value, 1, true, false);
        var at = AfterMonthName(s, index);
        while (true)
        {
            var separator = s.IsSymbol(at, ',') ? at + 1 : at;
            var or = OrWidth(s, separator);
            var and = s.Is(separator, Lexeme.And);
            var nextAt = separator + (or > 0 ? or : and ? 1 : 0);
            if (nextAt == at || !s.IsMonth(nextAt) || s[nextAt].Value <= last)
            {
                break;
            }
            consecutive &= s[nextAt].Value == last + 1 && or == 0;
            (last, items, lastJoined) = (s[nextAt].Value, items + 1, and || or > 0);
            at = AfterMonthName(s, nextAt);
        }
        if (items < 2 || !lastJoined)
        {
            return false;
        }
        var yearAt = at + (s.IsSymbol(at, ',') ? 1 : 0);
        if (NumberRules.TryYear(s, yearAt, NumberRules.EarliestYearWithMonth, out var year))
        {
            reading = new Reading(yearAt + 1, consecutive
                ? new AbsoluteDate(PartialDate.OfMonth(year, first), PartialDate.OfMonth(year, last))
                : new AbsoluteDate(PartialDate.OfYear(year)));
            return true;
        }
        // Without a year the months need the licence a bare month does ("in July and August"), and only a span says when.
        if (context < MonthLicence.Weak || !consecutive || NumberRules.TryDay(s, at, out _, out _))
        {
            return false;
        }
        reading = new Reading(at, new YearlessDate(first, EndMonth: last));
        return true;
    }

    /// <summary>"March" in "in March or April": a month offered with another is not the month meant.</summary>
    private static bool IsFirstOfAlternativeMonths(in TokenStream s, CalendarAtom start) =>
        start.Parts is { Month: not null, Day: null } && OrWidth(s, start.End) is > 0 and var width && s.IsMonth(start.End + width);

    /// <summary>How many tokens "or" or "and/or" takes between two listed days; 0 when neither stands there.</summary>
    private static int OrWidth(in TokenStream s, int index)
    {
        static bool IsOr(in TokenStream s, int at) => s.IsWord(at) && s.TextOf(at).Equals("or", StringComparison.OrdinalIgnoreCase);
        return IsOr(s, index) ? 1
            : s.Is(index, Lexeme.And) && s.IsSymbol(index + 1, '/') && s.IsGlued(index + 1) && s.IsGlued(index + 2) && IsOr(s, index + 2) ? 3
            : 0;
    }

    /// <summary>The token after a month name, past the dot of "Dec.".</summary>
    private static int AfterMonthName(in TokenStream s, int monthAt) =>
        s.Is(monthAt, Lexeme.MonthAbbreviation) && s.IsSymbol(monthAt + 1, '.') && s.IsGlued(monthAt + 1) ? monthAt + 2 : monthAt + 1;

    private static bool TryEnd(in TokenStream s, CalendarAtom start, RangeConnectors connectors, out CalendarParts first, out CalendarParts last, out int end)
    {
        first = start.Parts;
        last = default;
        end = 0;
        // "2 Dec. – 5 Dec. 2025": the dot of an abbreviated month belongs to it when a connector follows.
        var joint = start.End + (s.IsSymbol(start.End, '.') && s.IsGlued(start.End) && s.Is(start.End - 1, Lexeme.MonthAbbreviation)
            && ConnectorAt(s, start.End + 1) != RangeConnectors.None ? 1 : 0);
        var connector = ConnectorAt(s, joint);
        var next = AfterConnector(s, joint);
        var slashOutsideYears = s.IsSymbol(joint, '/') && first is not { Month: null, Day: null };
        if (connector == RangeConnectors.None || slashOutsideYears
            || (connector == RangeConnectors.And && first.Day is null && !connectors.HasFlag(RangeConnectors.And)))
        {
            return false;
        }
        var found = first switch
        {
            { Month: null, Day: null } => TryEndYear(s, first.Year!.Value, joint, out last, out end) || TryEndOfOtherShape(s, first, joint, out last, out end),
            { Day: null } => (CalendarAtomParser.TryRead(s, next, out var month) && month.Parts is { Month: not null, Day: null }
                && Take(month, out last, out end)) || TryEndOfOtherShape(s, first, joint, out last, out end),
            { Month: null } => (s.IsNumber(next) || (s.Is(next, Lexeme.The) && s.IsNumber(next + 1)))
                && CalendarAtomParser.TryRead(s, next, out var dayMonth) && dayMonth.Parts.Day is not null && Take(dayMonth, out last, out end),
            _ => TryEndDay(s, next, out last, out end) || TryEndOfOtherShape(s, first, joint, out last, out end),
        };
        if (!found || !Combine(ref first, ref last))
        {
            return false;
        }
        var consecutiveDays = first.Day is { } day && last.Day == day + 1 && first.Month == last.Month;
        return connectors.HasFlag(connector) || (connector == RangeConnectors.And && consecutiveDays);
    }

    /// <summary>"2024–2025", "2024–25", "2021/22"; a slash or a two-digit end only when written without spaces.</summary>
    private static bool TryEndYear(in TokenStream s, int startYear, int joint, out CalendarParts last, out int end)
    {
        var next = joint + 1;
        end = next + 1;
        last = default;
        var tight = s.IsGlued(joint) && s.IsGlued(next);
        if (NumberRules.TryYear(s, next, NumberRules.EarliestBareYear, out var year))
        {
            last = new CalendarParts(year, null, null);
            return tight || !s.IsSymbol(joint, '/');
        }
        if (!tight || !s.IsNumber(next) || s[next] is not { Digits: 2, Suffix: NumberSuffix.None } || !NumberRules.EndsFreely(s, next))
        {
            return false;
        }
        last = new CalendarParts(startYear / 100 * 100 + s[next].Value, null, null);
        return true;
    }

    /// <summary>After a month and day: "–5, 2025", "–December 1, 2025", "–1 December 2025".</summary>
    private static bool TryEndDay(in TokenStream s, int next, out CalendarParts last, out int end)
    {
        if (CalendarAtomParser.TryRead(s, next, out var atom) && atom.Parts.Day is not null)
        {
            return Take(atom, out last, out end);
        }
        last = default;
        end = 0;
        if (!NumberRules.TryDay(s, next, out var day, out _))
        {
            return false;
        }
        var yearAt = next + 1 + (s.IsSymbol(next + 1, ',') ? 1 : 0);
        var hasYear = NumberRules.TryYear(s, yearAt, NumberRules.EarliestYearWithMonth, out var year);
        last = new CalendarParts(hasYear ? year : null, null, day);
        end = hasYear ? yearAt + 1 : next + 1;
        return true;
    }

    /// <summary>
    /// "between 2015 and Feb 2018", "from May 2014 to 2019", "from 4 June 2014 until 2019": ends of different precision,
    /// only when both name their year and a word (not a dash) joins them.
    /// </summary>
    private static bool TryEndOfOtherShape(in TokenStream s, CalendarParts first, int joint, out CalendarParts last, out int end)
    {
        last = default;
        end = 0;
        if (first.Year is null || s.IsDash(joint) || s.IsSymbol(joint, '/') || !CalendarAtomParser.TryRead(s, joint + 1, out var atom)
            || atom.Parts.Year is null || atom.Needs > MonthLicence.None)
        {
            return false;
        }
        return Take(atom, out last, out end);
    }

    private static bool Take(CalendarAtom atom, out CalendarParts last, out int end)
    {
        last = atom.Parts;
        end = atom.End;
        return true;
    }

    /// <summary>Lends each end what the other states, then checks that the range runs forwards.</summary>
    private static bool Combine(ref CalendarParts first, ref CalendarParts last)
    {
        // Only a day borrows a month: "December 4–5"; "2015 and Feb 2018" keeps its ends as written.
        var bothYears = first.Year is not null && last.Year is not null;
        first = first with { Month = first.Month ?? (first.Day is null ? null : last.Month) };
        last = last with { Month = last.Month ?? (last.Day is null ? null : first.Month) };
        if (first.Year is null && last.Year is { } lastYear)
        {
            first = first with { Year = first.Month > last.Month ? lastYear - 1 : lastYear };
        }
        else if (first.Year is { } firstYear && last.Year is null)
        {
            last = last with { Year = last.Month < first.Month ? firstYear + 1 : firstYear };
        }
        if (!first.IsValid || !last.IsValid || (!bothYears && (first.Day is null) != (last.Day is null)))
        {
            return false;
        }
        if (first.Year is not null)
        {
            return first.ToPartialDate().LastDay < last.ToPartialDate().FirstDay;
        }
        // Without a year, an end month before the start month runs into the next year ("December 30–January 2").
        return first.Month != last.Month || first.Day < last.Day;
    }

    private static DateExpression Build(CalendarParts first, CalendarParts last) =>
        first.Year is not null
            ? new AbsoluteDate(first.ToPartialDate(), last.ToPartialDate())
            : new YearlessDate(first.Month!.Value, first.Day, last.Month, last.Day);

    internal static RangeConnectors ConnectorAt(in TokenStream s, int index) =>
        s.IsDash(index) ? RangeConnectors.Dash
        : s.IsSymbol(index, '/') ? RangeConnectors.Dash
        : s.Is(index, Lexeme.To) || IsUpTo(s, index) ? RangeConnectors.To
        : s.Is(index, Lexeme.Through) ? RangeConnectors.Through
        : s.Is(index, Lexeme.Until) ? RangeConnectors.Until
        : s.Is(index, Lexeme.And) ? RangeConnectors.And
        : RangeConnectors.None;

    /// <summary>Where the end of a range starts after its connector: past the "to" of "through to" and "up to".</summary>
    internal static int AfterConnector(in TokenStream s, int joint) =>
        (s.Is(joint, Lexeme.Through) && s.Is(joint + 1, Lexeme.To)) || IsUpTo(s, joint) ? joint + 2 : joint + 1;

    private static bool IsUpTo(in TokenStream s, int index) =>
        s.IsWord(index) && s.TextOf(index).Equals("up", StringComparison.OrdinalIgnoreCase) && s.Is(index + 1, Lexeme.To);
}
