namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>When a number can be a day or a year rather than money, a count, a model number or part of a larger number.</summary>
internal static class NumberRules
{
    public const int EarliestBareYear = 1900;
    public const int EarliestYearWithMonth = 1800;
    public const int LatestYear = 2099;

    public static bool TryDay(in TokenStream s, int index, out int day, out bool ordinal)
    {
        day = 0;
        ordinal = false;
        if (!s.IsNumber(index) || s[index] is not { Digits: 1 or 2, Value: >= 1 and <= 31, Suffix: NumberSuffix.None or NumberSuffix.Ordinal } token
            || !EndsFreely(s, index))
        {
            return false;
        }
        day = token.Value;
        ordinal = token.Suffix == NumberSuffix.Ordinal;
        return true;
    }

    /// <summary>"first", "fifth", "twentieth", "twenty-third", "thirty first": a day of the month in words, and where it ends.</summary>
    public static bool TryWordDay(in TokenStream s, int index, out int day, out int end)
    {
        day = 0;
        end = index + 1;
        if (s.Is(index, Lexeme.Ordinal))
        {
            day = s[index].Value;
            return true;
        }
        if (!s.Is(index, Lexeme.Count) || s[index].Value is not (20 or 30))
        {
            return false;
        }
        var unitsAt = index + 1 + (s.IsDash(index + 1) && s.IsGlued(index + 1) ? 1 : 0);
        if (!s.Is(unitsAt, Lexeme.Ordinal) || s[unitsAt].Value > 9 || (s[index].Value == 30 && s[unitsAt].Value > 1))
        {
            return false;
        }
        day = s[index].Value + s[unitsAt].Value;
        end = unitsAt + 1;
        return true;
    }

    public static bool TryYear(in TokenStream s, int index, int earliest, out int year)
    {
        year = 0;
        if (!s.IsNumber(index) || s[index] is not { Digits: 4, Suffix: NumberSuffix.None or NumberSuffix.Possessive } token
            || token.Value < earliest || token.Value > LatestYear || !EndsFreely(s, index))
        {
            return false;
        }
        year = token.Value;
        return true;
    }

    /// <summary>False for "2021 billion", "2021%", "2021,500", "2021.5" and digits run into letters ("2021abc").</summary>
    public static bool EndsFreely(in TokenStream s, int index)
    {
        var next = index + 1;
        if (s.Is(next, Lexeme.Quantity))
        {
            return false;
        }
        if (!s.IsGlued(next))
        {
            return true;
        }
        if (s.IsWord(next) || s.IsSymbol(next, '%'))
        {
            return false;
        }
        var joinsAnotherNumber = s.IsGlued(next + 1) && s.IsNumber(next + 1);
        return !(joinsAnotherNumber && (s.IsSymbol(next, '.') || s.IsSymbol(next, ',') || s.IsSymbol(next, ':')));
    }

    /// <summary>False for "$2021", "Rs 2021", "FY2025", "S-2021", "3.2021"; true for "mid-2024" and "post-2014".</summary>
    public static bool StartsFreely(in TokenStream s, int index)
    {
        var previous = index - 1;
        if (previous < 0)
        {
            return true;
        }
        if (s.Is(previous, Lexeme.Currency) || IsCurrencySymbol(s, previous))
        {
            return false;
        }
        if (!s.IsGlued(index))
        {
            return true;
        }
        if (s.IsWord(previous))
        {
            return false;
        }
        var afterGluedToken = s.IsGlued(previous);
        if (s.IsDash(previous) && afterGluedToken)
        {
            var afterPlainNumber = s.IsNumber(previous - 1) && s[previous - 1].Suffix == NumberSuffix.None;
            return !afterPlainNumber && !(s.IsWord(previous - 1) && LooksLikeDesignator(s.TextOf(previous - 1)));
        }
        var numberSeparator = s.IsSymbol(previous, '.') || s.IsSymbol(previous, ',') || s.IsSymbol(previous, ':') || s.IsSymbol(previous, '/');
        return !(numberSeparator && afterGluedToken && s.IsNumber(previous - 1)) && !s.IsSymbol(previous, '#') && !s.IsSymbol(previous, '+');
    }

    /// <summary>False for "2025-12" and "2021/500": a phrase must not stop inside a longer numeric expression.</summary>
    public static bool EndsPhrase(in TokenStream s, int end)
    {
        var last = end - 1;
        return !(s.IsNumber(last) && s[last].Suffix == NumberSuffix.None && (s.IsDash(end) || s.IsSymbol(end, '/')) && s.IsGlued(end) && s.IsNumber(end + 1) && s.IsGlued(end + 1));
    }

    // Model designators ("S-400", "Su-30", "MiG-29") are short or capitalised; prefixes such as "post-" and "pre-" are lower case.
    private static bool LooksLikeDesignator(ReadOnlySpan<char> word) => word.Length == 1 || word.ContainsAnyInRange('A', 'Z');

    private static bool IsCurrencySymbol(in TokenStream s, int index) =>
        s[index].Kind == TokenKind.Symbol && (char)s[index].Value is '$' or '€' or '£' or '₹' or '¥';
}
