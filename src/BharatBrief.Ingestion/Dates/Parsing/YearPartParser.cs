namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Quarters and halves of a named year, as the months they span: "Q3 2024", "H1 2025", "the fourth quarter of 2018",
/// "the first half of next year", "the last quarter of the year". Without its year a quarter is no date, since Indian
/// firms count quarters from April ("Q4 results" are January to March).
/// </summary>
internal static class YearPartParser
{
    private const int MonthsInAYear = 12;

    /// <summary>"Q3", "H1": a capital letter glued to the part's number.</summary>
    public static bool IsLetterForm(in TokenStream s, int index) =>
        s.IsWord(index) && s.TextOf(index) is "Q" or "H" && s.IsNumber(index + 1) && s.IsGlued(index + 1)
        && s[index + 1] is { Digits: 1, Suffix: NumberSuffix.None };

    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (IsLetterForm(s, index))
        {
            var months = s.TextOf(index) is "Q" ? 3 : 6;
            var number = s[index + 1].Value;
            if (!NumberRules.EndsFreely(s, index + 1) || !NumberRules.TryYear(s, index + 2, NumberRules.EarliestYearWithMonth, out var year))
            {
                return false;
            }
            return TryBuild(number, months, new AbsoluteDate(PartialDate.OfYear(year)), index + 3, out reading);
        }
        var at = index + (s.Is(index, Lexeme.The) ? 1 : 0);
        int ordinal;
        if (s.Is(at, Lexeme.Ordinal))
        {
            ordinal = s[at].Value;
        }
        else if (s.IsNumber(at) && s[at] is { Digits: 1, Suffix: NumberSuffix.Ordinal } numbered)
        {
            ordinal = numbered.Value;
        }
        else if (s.Is(at, Lexeme.Anchor) && s[at].Value == -1)
        {
            ordinal = -1;
        }
        else if (IsLatterHalf(s, at))
        {
            ordinal = 2;
        }
        else
        {
            return false;
        }
        if (!s.Is(at + 1, Lexeme.YearPart) || !(s.Is(at + 2, Lexeme.Of) || s.Is(at + 2, Lexeme.Lead)))
        {
            return false;
        }
        var size = s[at + 1].Value;
        var parts = MonthsInAYear / size;
        ordinal = ordinal < 0 ? parts : ordinal;
        if (ordinal > parts || !TryYearOf(s, at + 3, out var named, out var end))
        {
            return false;
        }
        return TryBuild(ordinal, size, named, end, out reading);
    }

    /// <summary>"latter half": the second of two halves.</summary>
    public static bool IsLatterHalf(in TokenStream s, int index) =>
        s.IsWord(index) && s.TextOf(index).Equals("latter", StringComparison.OrdinalIgnoreCase)
        && s.Is(index + 1, Lexeme.YearPart) && s[index + 1].Value == MonthsInAYear / 2;

    /// <summary>"2018", "this year", "last year", "the previous year", "the year" (the as-of year, as in "the end of the year").</summary>
    private static bool TryYearOf(in TokenStream s, int index, out DateExpression year, out int end)
    {
        year = default!;
        end = index + 1;
        if (NumberRules.TryYear(s, index, NumberRules.EarliestYearWithMonth, out var number))
        {
            year = new AbsoluteDate(PartialDate.OfYear(number));
            return true;
        }
        if (RelativeParser.TryPeriod(s, index, out var period) && period.Expression is RelativeYear)
        {
            (year, end) = (period.Expression, period.End);
            return true;
        }
        if (s.Is(index, Lexeme.The) && s.Is(index + 1, Lexeme.Unit) && s[index + 1].Value == (int)TimeUnit.Year
            && !s.Is(index + 2, Lexeme.Of) && !s.IsDash(index + 2))
        {
            (year, end) = (new RelativeYear(0), index + 2);
            return true;
        }
        return false;
    }

    private static bool TryBuild(int number, int size, DateExpression year, int end, out Reading reading)
    {
        reading = default;
        if (number < 1 || number > MonthsInAYear / size)
        {
            return false;
        }
        var first = (number - 1) * size + 1;
        var last = number * size;
        reading = new Reading(end, year switch
        {
            AbsoluteDate { Start.Year: var y } => new AbsoluteDate(PartialDate.OfMonth(y, first), PartialDate.OfMonth(y, last)),
            RelativeYear { Offset: var offset } => new YearlessDate(first, EndMonth: last, YearOffset: offset),
            _ => throw new InvalidOperationException("A year part belongs to a named year."),
        });
        return true;
    }
}
