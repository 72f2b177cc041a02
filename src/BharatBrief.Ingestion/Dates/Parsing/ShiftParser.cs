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
        if (s.Is(directionAt, Lexeme.Licensor) && s[directionAt].Value is Licence.After or Licence.Before)
        {
            sign = s[directionAt].Value == Licence.After ? 1 : -1;
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
            reading = new Reading(directionAt, new RelativeDay(days));
            return true;
        }
        else
        {
            return false;
        }
        var anchorAt = directionAt + 1;
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

    private static bool IsIn(in TokenStream s, int index) =>
        s.Is(index, Lexeme.Lead) && s.TextOf(index).Equals("in", StringComparison.OrdinalIgnoreCase);

    /// <summary>Days counted from "today", "tomorrow" or "yesterday" stay a day counted from the as-of date.</summary>
    private static DateExpression Days(DateExpression anchor, int days) =>
        anchor is RelativeDay day ? new RelativeDay(day.Offset + days) : new ShiftedDate(anchor, days);
}
