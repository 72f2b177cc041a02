namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Dates counted from the as-of date: "last year", "earlier this month", "the previous year", "two years ago",
/// "yesterday", "next Tuesday", "last March".
/// </summary>
internal static class RelativeParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        if (TryPeriod(s, index, out reading) || TryAgo(s, index, out reading) || TryDayWord(s, index, out reading))
        {
            return true;
        }
        if (s.Is(index, Lexeme.Vague) && (TryPeriod(s, index + 1, out reading) || TryDayWord(s, index + 1, out reading)))
        {
            // "earlier this year", "later today": the same period, not a part of it; "earlier last year" says no more than "last year".
            return true;
        }
        return TryAnchoredName(s, index, out reading) || TryFacingWeekday(s, index, out reading);
    }

    /// <summary>"coming Thursday", "this coming Thursday", "past Monday", "this past Monday": the next after, or the latest before.</summary>
    private static bool TryFacingWeekday(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var facingAt = index + (s.Is(index, Lexeme.Anchor) && s[index].Value == 0 ? 1 : 0);
        if (!s.Is(facingAt, Lexeme.Facing) || !s.Is(facingAt + 1, Lexeme.Weekday) || WeekdayParser.IsHolidayName(s, facingAt + 1)
            || WeekdayParser.IsWeekAfter(s, facingAt + 2))
        {
            return false;
        }
        reading = new Reading(facingAt + 2, new WeekdayDate((DayOfWeek)s[facingAt + 1].Value, s[facingAt].Value));
        return true;
    }

    /// <summary>"this year", "last month", "next week", "the previous year".</summary>
    public static bool TryPeriod(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var previousAt = index + (s.Is(index, Lexeme.The) ? 1 : 0);
        if (s.Is(previousAt, Lexeme.Previous) && s.Is(previousAt + 1, Lexeme.YearPart) && s[previousAt + 1].Value == MonthsInAQuarter)
        {
            reading = new Reading(previousAt + 2, new RelativeQuarter(s[previousAt].Value));
            return true;
        }
        if (s.Is(previousAt, Lexeme.Previous) && s.Is(previousAt + 1, Lexeme.Unit))
        {
            return Period(s, previousAt + 1, s[previousAt].Value, out reading);
        }
        // "the last year" and "the next year" count from the story's own time, not from the as-of date.
        if (s.Is(index, Lexeme.Anchor) && !s.Is(index - 1, Lexeme.The) && s.Is(index + 1, Lexeme.DayPart))
        {
            // "this morning" is the as-of day; "last night" and "last evening" the day before; "next morning" is the story's.
            var partOfDay = s.TextOf(index + 1);
            var evening = partOfDay.Equals("night", StringComparison.OrdinalIgnoreCase) || partOfDay.Equals("evening", StringComparison.OrdinalIgnoreCase);
            reading = new Reading(index + 2, new RelativeDay(s[index].Value));
            return s[index].Value == 0 || (s[index].Value < 0 && evening);
        }
        if (s.Is(index, Lexeme.Anchor) && !s.Is(index - 1, Lexeme.The) && s.Is(index + 1, Lexeme.YearPart) && s[index + 1].Value == MonthsInAQuarter)
        {
            // "this quarter", "last quarter": calendar and Indian fiscal quarters span the same months.
            reading = new Reading(index + 2, new RelativeQuarter(s[index].Value));
            return true;
        }
        return s.Is(index, Lexeme.Anchor) && !s.Is(index - 1, Lexeme.The) && s.Is(index + 1, Lexeme.Unit)
            && Period(s, index + 1, s[index].Value, out reading);
    }

    private const int YearsInADecade = 10;

    /// <summary>"two years ago", "a month ago", "3 weeks ago", "twenty-five years ago", "two decades ago".</summary>
    private static bool TryAgo(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (!TryCount(s, index, out var count, out var unitAt) || (s.IsDash(index - 1) && s.IsGlued(index)))
        {
            return false;
        }
        if (s.Is(unitAt, Lexeme.Decades) && s.Is(unitAt + 1, Lexeme.Ago))
        {
            reading = IsToday(s, unitAt + 2)
                ? new Reading(unitAt + 3, new ShiftedDate(new RelativeDay(0), Months: -count * YearsInADecade * MonthsInAYear))
                : new Reading(unitAt + 2, new RelativeYear(-count * YearsInADecade));
            return true;
        }
        var fortnights = s.Is(unitAt, Lexeme.Fortnight);
        if (TryTwoPartLength(s, index, out var months, out var days, out var lengthEnd) && s.Is(lengthEnd, Lexeme.Ago))
        {
            // "a year and two months ago", "2 weeks 3 days ago": the whole length, never its last part alone.
            reading = new Reading(lengthEnd + 1, (months, days) switch
            {
                (_, 0) when months % MonthsInAYear == 0 => new RelativeYear(-months / MonthsInAYear),
                (_, 0) => new RelativeMonth(-months),
                (0, _) => new RelativeDay(-days),
                _ => new ShiftedDate(new ShiftedDate(new RelativeDay(0), Months: -months), -days),
            });
            return !RelativeParser.IsApproximate(s, index - 1);
        }
        if (!(s.Is(unitAt, Lexeme.Unit) || s.Is(unitAt, Lexeme.Units) || fortnights) || !s.Is(unitAt + 1, Lexeme.Ago))
        {
            return false;
        }
        var unit = (TimeUnit)s[unitAt].Value;
        if (unit != TimeUnit.Year && IsApproximate(s, index - 1))
        {
            // "about three weeks ago", "some six months ago": a count not meant exactly names no day or month; "some 25 years ago" still its year.
            return false;
        }
        count *= fortnights ? 2 : 1;
        // "Twenty-five years ago today": the same day, that many years back; not a year and then today.
        reading = IsToday(s, unitAt + 2)
            ? new Reading(unitAt + 3, unit switch
            {
                TimeUnit.Year => new ShiftedDate(new RelativeDay(0), Months: -count * MonthsInAYear),
                TimeUnit.Month => new ShiftedDate(new RelativeDay(0), Months: -count),
                TimeUnit.Week => new RelativeDay(-count * DaysInAWeek),
                _ => new RelativeDay(-count),
            })
            : new Reading(unitAt + 2, unit == TimeUnit.Week ? new RelativeDay(-count * DaysInAWeek) : Counted(unit, -count));
        return true;
    }

    /// <summary>
    /// "a year and two months", "2 weeks 3 days", "one year, six months": a length said in two or more units, each smaller than
    /// the one before, as months and days; false for a length in one unit.
    /// </summary>
    public static bool TryTwoPartLength(in TokenStream s, int index, out int months, out int days, out int end)
    {
        (months, days, end) = (0, 0, index);
        var parts = 0;
        var smallest = 0;
        var at = index;
        while (TryCount(s, at, out var count, out var unitAt) && TryLengthUnit(s, unitAt, count, out var unit, out var unitMonths, out var unitDays))
        {
            if ((int)unit <= smallest)
            {
                return false;
            }
            (months, days, smallest, parts, end) = (months + unitMonths, days + unitDays, (int)unit, parts + 1, unitAt + 1);
            at = end + (s.IsSymbol(end, ',') ? 1 : 0);
            at += s.Is(at, Lexeme.And) ? 1 : 0;
        }
        return parts >= 2;
    }

    /// <summary>The unit word after a count ("years", "a fortnight"), as the months and days the count of it makes.</summary>
    private static bool TryLengthUnit(in TokenStream s, int unitAt, int count, out TimeUnit unit, out int months, out int days)
    {
        (unit, months, days) = (TimeUnit.Day, 0, 0);
        if (s.Is(unitAt, Lexeme.Fortnight))
        {
            (unit, days) = (TimeUnit.Week, count * 2 * DaysInAWeek);
            return true;
        }
        if (!(count == 1 ? s.Is(unitAt, Lexeme.Unit) : s.Is(unitAt, Lexeme.Units)))
        {
            return false;
        }
        unit = (TimeUnit)s[unitAt].Value;
        (months, days) = unit switch
        {
            TimeUnit.Year => (count * MonthsInAYear, 0),
            TimeUnit.Month => (count, 0),
            TimeUnit.Week => (0, count * DaysInAWeek),
            _ => (0, count),
        };
        return true;
    }

    private static readonly string[] Approximations = ["some", "about", "around", "nearly", "almost", "roughly", "approximately", "over", "than", "few", "under", "couple"];

    /// <summary>"some", "about", "nearly", "more than", "a few": words that make the count after them approximate.</summary>
    public static bool IsApproximate(in TokenStream s, int index)
    {
        if (!s.IsWord(index) && !s.Is(index, Lexeme.Licensor))
        {
            return false;
        }
        var word = s.TextOf(index);
        foreach (var approximation in Approximations)
        {
            if (word.Equals(approximation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private const int MonthsInAYear = 12;

    private const int MonthsInAQuarter = 3;

    private const int DaysInAWeek = 7;

    private static bool IsToday(in TokenStream s, int index) =>
        s.Is(index, Lexeme.DayWord) && s[index].Value == 0 && s.TextOf(index).Equals("today", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "two", "25", "a", and the compounds "twenty-five" and "twenty five": a count read whole, never only its last
    /// word ("five years ago" inside "twenty-five years ago" would be silently wrong).
    /// </summary>
    private static bool TryCount(in TokenStream s, int index, out int count, out int next)
    {
        count = 0;
        next = index + 1;
        if (s.IsNumber(index) && s[index] is { Digits: 1 or 2, Suffix: NumberSuffix.None } && NumberRules.StartsFreely(s, index))
        {
            count = s[index].Value;
            return true;
        }
        if (!s.Is(index, Lexeme.Count))
        {
            return false;
        }
        count = s[index].Value;
        if (count is >= 20 and <= 90 && count % 10 == 0)
        {
            var unitAt = s.IsDash(index + 1) && s.IsGlued(index + 1) && s.IsGlued(index + 2) ? index + 2 : index + 1;
            if (s.Is(unitAt, Lexeme.Count) && s[unitAt].Value is >= 1 and <= 9 && s.TextOf(unitAt).Length > 2)
            {
                count += s[unitAt].Value;
                next = unitAt + 1;
            }
        }
        return true;
    }

    private static bool TryDayWord(in TokenStream s, int index, out Reading reading)
    {
        var found = s.Is(index, Lexeme.DayWord);
        reading = found ? new Reading(index + 1, new RelativeDay(s[index].Value)) : default;
        return found;
    }

    /// <summary>"next Tuesday", "last Monday", "this Friday"; "last March", "next July".</summary>
    private static bool TryAnchoredName(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (!s.Is(index, Lexeme.Anchor) || s.Is(index - 1, Lexeme.The))
        {
            return false;
        }
        var name = index + 1;
        if (s.Is(name, Lexeme.Weekday) && !WeekdayParser.IsWeekAfter(s, name + 1))
        {
            reading = new Reading(name + 1, new WeekdayDate((DayOfWeek)s[name].Value, s[index].Value));
            return true;
        }
        if (s.IsMonth(name))
        {
            // "this September" is the as-of year's; "last March" the latest before the as-of month, "next July" the first after it.
            reading = new Reading(name + 1, s[index].Value switch
            {
                0 => new YearlessDate(s[name].Value, YearOffset: 0),
                < 0 => new YearlessDate(s[name].Value, Facing: TimeOrientation.Past),
                _ => new YearlessDate(s[name].Value, Facing: TimeOrientation.Future),
            });
            return true;
        }
        return false;
    }

    private static bool Period(in TokenStream s, int unitAt, int offset, out Reading reading)
    {
        var unit = (TimeUnit)s[unitAt].Value;
        reading = new Reading(unitAt + 1, Counted(unit, offset));
        return unit != TimeUnit.Day;
    }

    private static DateExpression Counted(TimeUnit unit, int offset) => unit switch
    {
        TimeUnit.Year => new RelativeYear(offset),
        TimeUnit.Month => new RelativeMonth(offset),
        TimeUnit.Week => new RelativeWeek(offset),
        _ => new RelativeDay(offset),
    };
}
