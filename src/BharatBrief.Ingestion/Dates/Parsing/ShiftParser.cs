namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// A date counted from another: "three days after January 12", "a week before Monday", "two years after 2014",
/// "the day after tomorrow", "10 days from now". Without a date after the preposition ("a day after the summit") there is no reading.
/// </summary>
internal static class ShiftParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (IsIn(s, index - 1) && !CountsARecord(s, index - 1) && RelativeParser.TryTwoPartLength(s, index, out var aheadMonths, out var aheadDays, out var lengthEnd))
        {
            // "in 2 weeks and 3 days", "in a year and six months", "in a month and two weeks": the whole length ahead, a day
            // or a month as the units are.
            reading = new Reading(AfterTime(s, lengthEnd), (aheadMonths, aheadDays) switch
            {
                (0, _) => new RelativeDay(aheadDays),
                (_, 0) => new AheadOfAsOf(new RelativeMonth(aheadMonths)),
                _ => new AheadOfAsOf(new ShiftedDate(new ShiftedDate(new RelativeDay(0), Months: aheadMonths), aheadDays)),
            });
            return true;
        }
        if (!TryAmount(s, index, out var count, out var unitAt))
        {
            return false;
        }
        var directionAt = unitAt + 1;
        if (s.Is(index, Lexeme.The) && s.Is(unitAt, Lexeme.Unit) && (TimeUnit)s[unitAt].Value != TimeUnit.Day && WeekdayParser.TryBeyond(s, directionAt, out var beyond))
        {
            // "the week after next", "the year before last".
            reading = new Reading(directionAt + 2, (TimeUnit)s[unitAt].Value switch
            {
                TimeUnit.Year => new RelativeYear(beyond),
                TimeUnit.Month => new RelativeMonth(beyond),
                _ => new RelativeWeek(beyond),
            });
            return true;
        }
        int sign;
        var anchorAt = directionAt + 1;
        if (s.Is(directionAt, Lexeme.Licensor) && s[directionAt].Value is Licence.After or Licence.Before)
        {
            sign = s[directionAt].Value == Licence.After ? 1 : -1;
        }
        else if (IsPriorTo(s, directionAt))
        {
            // "two days prior to 4 December" counts back as "before" does.
            (sign, anchorAt) = (-1, directionAt + 2);
        }
        else if (s.Is(directionAt, Lexeme.From))
        {
            sign = 1;
        }
        else if (IsIn(s, index - 1) && (TimeUnit)s[unitAt].Value is TimeUnit.Day or TimeUnit.Week && !s.Is(directionAt, Lexeme.Of)
            && !s.Is(index, Lexeme.The))
        {
            // "in three days", "in two weeks": counted ahead from the as-of day.
            var days = count * ((TimeUnit)s[unitAt].Value == TimeUnit.Week ? 7 : 1);
            reading = new Reading(AfterTime(s, directionAt), new RelativeDay(days));
            return true;
        }
        else if (IsIn(s, index - 1) && !s.Is(directionAt, Lexeme.Of) && !s.Is(index, Lexeme.The) && !CountsARecord(s, index - 1))
        {
            // "in two months", "in three years' time": a point ahead, unless the sentence looks back and means a length.
            reading = new Reading(AfterTime(s, directionAt), new AheadOfAsOf(Ahead((TimeUnit)s[unitAt].Value, count)));
            return true;
        }
        else if (s.Is(directionAt, Lexeme.Hence) && !s.Is(index, Lexeme.The))
        {
            // "7 days hence", "a month hence".
            reading = new Reading(directionAt + 1, Ahead((TimeUnit)s[unitAt].Value, count));
            return true;
        }
        else if (s.Is(index - 1, Lexeme.Within) && !s.Is(index, Lexeme.The) && !s.Is(directionAt, Lexeme.Of))
        {
            // "within a week", "within two months": from the as-of day to that far ahead; "within a week of the summit" counts from the summit.
            reading = new Reading(directionAt, new AsOfWindow(1, Calendar((TimeUnit)s[unitAt].Value), count));
            return true;
        }
        else if (s.Is(directionAt, Lexeme.Vague) && !s.Is(index, Lexeme.The))
        {
            if (RelativeParser.IsApproximate(s, index - 1))
            {
                // "almost ten years later" names no year.
                return false;
            }
            // "two days later", "a year earlier": counted from a date the sentence named before.
            var told = count * s[directionAt].Value;
            reading = new Reading(directionAt + 1, (TimeUnit)s[unitAt].Value switch
            {
                TimeUnit.Day => new StoryShift(told, CalendarUnit.Day),
                TimeUnit.Week => new StoryShift(told * 7, CalendarUnit.Day),
                TimeUnit.Month => new StoryShift(told, CalendarUnit.Month),
                _ => new StoryShift(told, CalendarUnit.Year),
            });
            return true;
        }
        else
        {
            return false;
        }
        DateExpression anchor;
        int end;
        if (s.Is(anchorAt, Lexeme.Now) && sign > 0)
        {
            (anchor, end) = (new RelativeDay(0), anchorAt + 1);
        }
        else if (PhraseParser.TryRead(s, anchorAt, MonthLicence.Strong, out var anchored))
        {
            (anchor, end) = (anchored.Expression, anchored.End);
        }
        else if (s.Is(anchorAt, Lexeme.The) && PhraseParser.TryRead(s, anchorAt + 1, MonthLicence.Strong, out var named)
            && named.Expression is AbsoluteDate { End: null } or DecadeDate)
        {
            // "a year before the 2024 summit": the year names the thing counted from.
            (anchor, end) = (named.Expression, named.End);
        }
        else if (s.Is(index, Lexeme.The) && (TimeUnit)s[unitAt].Value == TimeUnit.Day && ClosesClause(s, anchorAt))
        {
            // "the day before", "the day after", closing the clause: counted from a date the sentence named before.
            (anchor, end) = (new StoryShift(sign, CalendarUnit.Day), anchorAt);
            reading = new Reading(end, anchor);
            return true;
        }
        else
        {
            return false;
        }
        var amount = sign * count;
        DateExpression? shifted = (TimeUnit)s[unitAt].Value switch
        {
            TimeUnit.Day => Days(anchor, amount),
            TimeUnit.Week => Days(anchor, amount * 7),
            TimeUnit.Month => new ShiftedDate(anchor, Months: amount),
            _ => new ShiftedDate(anchor, Months: amount * 12),
        };
        reading = new Reading(end, shifted);
        return true;
    }

    /// <summary>"three days", "a week", "10 days", "the day" (one); the count and where the unit word sits.</summary>
    private static bool TryAmount(in TokenStream s, int index, out int count, out int unitAt)
    {
        unitAt = index + 1;
        count = 0;
        if (s.Is(index, Lexeme.Unit) && s[index].Value == (int)TimeUnit.Day && s.Is(index + 1, Lexeme.Licensor) && s.Is(index + 2, Lexeme.DayWord))
        {
            // "day after tomorrow", "day before yesterday", with no article.
            unitAt = index;
            count = 1;
            return true;
        }
        if (s.Is(index, Lexeme.The) || s.Is(index, Lexeme.Count))
        {
            count = s.Is(index, Lexeme.The) ? 1 : s[index].Value;
        }
        else if (s.IsNumber(index) && s[index] is { Digits: 1 or 2 or 3, Suffix: NumberSuffix.None } number && NumberRules.StartsFreely(s, index)
            && !(s.IsDash(index - 1) && s.IsGlued(index)))
        {
            count = number.Value;
        }
        else
        {
            return false;
        }
        if (s.Is(unitAt, Lexeme.Fortnight) && !s.Is(index, Lexeme.The))
        {
            count *= 2;
            return true;
        }
        return count > 0 && (count == 1 ? s.Is(unitAt, Lexeme.Unit) : s.Is(unitAt, Lexeme.Units));
    }

    /// <summary>
    /// True when the clause before <paramref name="index"/> holds an ordinal or a superlative: "his first visit to India in
    /// four years", "the biggest deal in two years" count a length back, not a point ahead.
    /// </summary>
    private static bool CountsARecord(in TokenStream s, int index)
    {
        for (var i = index - 1; i >= 0 && !s.IsSymbol(i, '.') && !s.IsSymbol(i, ';'); i--)
        {
            if (s.Is(i, Lexeme.Ordinal) || (s.IsNumber(i) && s[i].Suffix == NumberSuffix.Ordinal) || (s.Is(i, Lexeme.Anchor) && s[i].Value == -1))
            {
                return true;
            }
            if (s.IsWord(i) && s.TextOf(i) is var word
                && (word.Equals("only", StringComparison.OrdinalIgnoreCase) || word.Equals("once", StringComparison.OrdinalIgnoreCase)
                    || (word.Length > 5 && word.EndsWith("est", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"'s time" or "' time" after a length: "in a year's time", "in six months' time".</summary>
    private static int AfterTime(in TokenStream s, int index)
    {
        if (!s.IsSymbol(index, '\'') && !s.IsSymbol(index, '’'))
        {
            return index;
        }
        var timeAt = index + 1 + (s.IsWord(index + 1) && s.TextOf(index + 1) is "s" ? 1 : 0);
        return s.IsWord(timeAt) && s.TextOf(timeAt).Equals("time", StringComparison.OrdinalIgnoreCase) ? timeAt + 1 : index;
    }

    /// <summary>True where nothing the date could be counted from follows: the end, a punctuation mark, "and" or "but".</summary>
    internal static bool ClosesClause(in TokenStream s, int index) =>
        index >= s.Count || s.Is(index, Lexeme.And) || (!s.IsWord(index) && !s.IsNumber(index))
        || s.TextOf(index).Equals("but", StringComparison.OrdinalIgnoreCase);

    private static DateExpression Ahead(TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => new RelativeDay(count),
        TimeUnit.Week => new RelativeDay(count * 7),
        TimeUnit.Month => new RelativeMonth(count),
        _ => new RelativeYear(count),
    };

    private static CalendarUnit Calendar(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => CalendarUnit.Day,
        TimeUnit.Week => CalendarUnit.Week,
        TimeUnit.Month => CalendarUnit.Month,
        _ => CalendarUnit.Year,
    };

    private static bool IsPriorTo(in TokenStream s, int index) =>
        s.IsWord(index) && s.TextOf(index).Equals("prior", StringComparison.OrdinalIgnoreCase) && s.Is(index + 1, Lexeme.To);

    private static bool IsIn(in TokenStream s, int index) =>
        s.Is(index, Lexeme.Lead) && s.TextOf(index).Equals("in", StringComparison.OrdinalIgnoreCase);

    /// <summary>Days counted from "today", "tomorrow" or "yesterday" stay a day counted from the as-of date.</summary>
    private static DateExpression Days(DateExpression anchor, int days) =>
        anchor is RelativeDay day ? new RelativeDay(day.Offset + days) : new ShiftedDate(anchor, days);
}
