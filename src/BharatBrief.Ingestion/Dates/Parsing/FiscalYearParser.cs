namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Indian fiscal years, April to March, named by the year they end in: "FY24", "FY 2023-24", "fiscal 2024",
/// "the financial year 2022-23", "the 2023-24 fiscal", "this fiscal", "the previous financial year",
/// "the financial year that ended in March", "the fiscal year ending March 2024"; and their quarters and halves
/// ("Q3 FY24", "H1 FY25", "the fourth quarter of FY24"). A pair of years that do not follow each other is no fiscal year.
/// </summary>
internal static class FiscalYearParser
{
    private const int FirstMonth = 4;
    private const int LastMonth = 3;
    private const int MonthsInAYear = 12;
    private const int Century = 2000;

    /// <summary>A cheap first check: "FY", "fiscal" or "financial" at <paramref name="index"/>.</summary>
    public static bool MayStart(in TokenStream s, int index) =>
        s.IsWord(index) && (s.TextOf(index) is "FY" || IsWord(s, index, "fiscal") || IsWord(s, index, "financial"));

    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (YearPartParser.IsLetterForm(s, index))
        {
            // "Q3 FY24", "H1 FY25".
            var size = s.TextOf(index) is "Q" ? 3 : 6;
            return NumberRules.EndsFreely(s, index + 1) && TryNamed(s, index + 2, out var partOf, out var partEnd)
                && TryPart(s[index + 1].Value, size, partOf, partEnd, out reading);
        }
        var at = index + (s.Is(index, Lexeme.The) ? 1 : 0);
        if (TryOrdinal(s, at, out var ordinal) && s.Is(at + 1, Lexeme.YearPart) && s.Is(at + 2, Lexeme.Of))
        {
            // "the fourth quarter of FY24", "the first half of fiscal 2025".
            var size = s[at + 1].Value;
            var ofAt = at + 3 + (s.Is(at + 3, Lexeme.The) ? 1 : 0);
            ordinal = ordinal < 0 ? MonthsInAYear / size : ordinal;
            return TryNamed(s, ofAt, out var yearOf, out var yearEnd) && TryPart(ordinal, size, yearOf, yearEnd, out reading);
        }
        if (TryNamed(s, at, out var endYear, out var end))
        {
            reading = new Reading(end, Fiscal(endYear));
            return true;
        }
        if (TryFiscalWords(s, at, out var wordsEnd) && TryEndingYear(s, wordsEnd, out endYear, out end))
        {
            reading = new Reading(end, Fiscal(endYear));
            return true;
        }
        if (TryRelative(s, index, out var offset, out end))
        {
            reading = new Reading(end, new RelativeFiscalYear(offset));
            return true;
        }
        return false;
    }

    private static bool TryOrdinal(in TokenStream s, int at, out int ordinal)
    {
        ordinal = s.Is(at, Lexeme.Ordinal) ? s[at].Value
            : s.IsNumber(at) && s[at] is { Digits: 1, Suffix: NumberSuffix.Ordinal } number ? number.Value
            : s.Is(at, Lexeme.Anchor) && s[at].Value == -1 ? -1
            : 0;
        return ordinal != 0;
    }

    /// <summary>"FY24", "FY 2023-24", "fiscal 2024", "fiscal year 2024-25", "the financial year 2022-23", "2023-24 fiscal": the year it ends in.</summary>
    private static bool TryNamed(in TokenStream s, int at, out int endYear, out int end)
    {
        endYear = 0;
        end = at;
        if (s.IsWord(at) && s.TextOf(at) is "FY")
        {
            var yearAt = at + 1 + (s.IsSymbol(at + 1, '\'') || s.IsSymbol(at + 1, '’') ? 1 : 0);
            return TryYears(s, yearAt, shortAllowed: true, out endYear, out end);
        }
        if (TryFiscalWords(s, at, out var afterWords))
        {
            return TryYears(s, afterWords, shortAllowed: false, out endYear, out end);
        }
        // "the 2023-24 fiscal", "2023-24 financial year": the pair of years must be written out.
        return TryYears(s, at, shortAllowed: false, out endYear, out var yearsEnd) && yearsEnd - at == 3
            && TryFiscalWords(s, yearsEnd, out end);
    }

    /// <summary>"fiscal", "fiscal year", "financial year": where they end.</summary>
    private static bool TryFiscalWords(in TokenStream s, int at, out int end)
    {
        var fiscal = IsWord(s, at, "fiscal");
        var financial = IsWord(s, at, "financial");
        var year = s.Is(at + 1, Lexeme.Unit) && s[at + 1].Value == (int)TimeUnit.Year;
        end = at + (year ? 2 : 1);
        return fiscal || (financial && year);
    }

    /// <summary>"2024", "2023-24", "2023-2024", and after "FY" also "24" and "23-24": the year the fiscal year ends in.</summary>
    private static bool TryYears(in TokenStream s, int at, bool shortAllowed, out int endYear, out int end)
    {
        endYear = 0;
        end = at + 1;
        if (!s.IsNumber(at) || s[at].Suffix != NumberSuffix.None)
        {
            return false;
        }
        var first = s[at] switch
        {
            { Digits: 4, Value: >= NumberRules.EarliestBareYear and <= NumberRules.LatestYear } year => year.Value,
            { Digits: 2 } year when shortAllowed => Century + year.Value,
            _ => 0,
        };
        if (first == 0)
        {
            return false;
        }
        if (s.IsDash(at + 1) && s.IsGlued(at + 1) && s.IsGlued(at + 2) && s.IsNumber(at + 2) && s[at + 2].Suffix == NumberSuffix.None)
        {
            var second = s[at + 2] switch
            {
                { Digits: 2 } year => first / 100 * 100 + year.Value,
                { Digits: 4 } year => year.Value,
                _ => 0,
            };
            // "2023-24": the second year follows the first; "1999-00" crosses a century.
            second += second < first ? 100 : 0;
            end = at + 3;
            endYear = second;
            return second == first + 1 && NumberRules.EndsFreely(s, at + 2);
        }
        endYear = first;
        return NumberRules.EndsFreely(s, at);
    }

    /// <summary>
    /// "this fiscal", "last fiscal year", "next financial year", "the current fiscal", "the previous financial year",
    /// "the financial year that ended in March" (-1), "the fiscal year ending in March" (0): counted from the as-of fiscal year.
    /// </summary>
    private static bool TryRelative(in TokenStream s, int index, out int offset, out int end)
    {
        offset = 0;
        end = index;
        int wordsAt;
        if (s.Is(index, Lexeme.Anchor) && !s.Is(index - 1, Lexeme.The))
        {
            (offset, wordsAt) = (s[index].Value, index + 1);
        }
        else if (s.Is(index, Lexeme.The) && s.Is(index + 1, Lexeme.Previous))
        {
            (offset, wordsAt) = (s[index + 1].Value, index + 2);
        }
        else if (s.Is(index, Lexeme.The) && TryFiscalWords(s, index + 1, out var wordsEnd) && TryEnding(s, wordsEnd, out var ended, out end))
        {
            offset = ended ? -1 : 0;
            return true;
        }
        else
        {
            return false;
        }
        return TryFiscalWords(s, wordsAt, out end);
    }

    /// <summary>"that ended in March", "ending March": the fiscal year's end without its year; true for "ended".</summary>
    private static bool TryEnding(in TokenStream s, int at, out bool ended, out int end)
    {
        var verbAt = at + (IsWord(s, at, "that") || IsWord(s, at, "which") ? 1 : 0);
        ended = IsWord(s, verbAt, "ended");
        var monthAt = verbAt + 1 + (s.Is(verbAt + 1, Lexeme.Lead) ? 1 : 0);
        end = monthAt + 1;
        return (ended || IsWord(s, verbAt, "ending")) && s.IsMonth(monthAt) && s[monthAt].Value == LastMonth
            && !NumberRules.TryDay(s, monthAt + 1, out _, out _) && !NumberRules.TryYear(s, monthAt + 1, NumberRules.EarliestYearWithMonth, out _);
    }

    /// <summary>"ending March 2024", "that ended March 31, 2024", "ended on 31 March 2024": the year the fiscal year ends in.</summary>
    private static bool TryEndingYear(in TokenStream s, int at, out int endYear, out int end)
    {
        endYear = 0;
        end = at;
        var verbAt = at + (IsWord(s, at, "that") || IsWord(s, at, "which") ? 1 : 0);
        if (!IsWord(s, verbAt, "ended") && !IsWord(s, verbAt, "ending"))
        {
            return false;
        }
        var dateAt = verbAt + 1 + (s.Is(verbAt + 1, Lexeme.Lead) ? 1 : 0);
        if (!CalendarAtomParser.TryRead(s, dateAt, out var atom) || atom.Parts is not { Year: { } year, Month: LastMonth })
        {
            return false;
        }
        (endYear, end) = (year, atom.End);
        return true;
    }

    private static bool TryPart(int number, int size, int endYear, int end, out Reading reading)
    {
        reading = default;
        if (number < 1 || number > MonthsInAYear / size)
        {
            return false;
        }
        var first = Month(endYear, (number - 1) * size);
        var last = Month(endYear, number * size - 1);
        reading = new Reading(end, new AbsoluteDate(first, last));
        return true;
    }

    /// <summary>The month so many months into the fiscal year that ends in <paramref name="endYear"/>.</summary>
    private static PartialDate Month(int endYear, int monthsIn)
    {
        var index = FirstMonth - 1 + monthsIn;
        return PartialDate.OfMonth(endYear - 1 + index / MonthsInAYear, index % MonthsInAYear + 1);
    }

    private static AbsoluteDate Fiscal(int endYear) => new(PartialDate.OfMonth(endYear - 1, FirstMonth), PartialDate.OfMonth(endYear, LastMonth));

    private static bool IsWord(in TokenStream s, int index, string word) => s.IsWord(index) && s.TextOf(index).Equals(word, StringComparison.OrdinalIgnoreCase);
}
