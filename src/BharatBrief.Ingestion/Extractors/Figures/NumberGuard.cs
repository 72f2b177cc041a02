namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Tells amounts from the other things digits write: dates, ordinals ("22nd"), model names ("S-400", "Su-30MKI"),
/// labels ("Section 370"), times, phone numbers and list numbering.
/// </summary>
internal static class NumberGuard
{
    public static bool IsAmount(FigureSentence s, int i)
    {
        var token = s[i];
        return token.IsNumber
            && !s.InDate(i)
            && !IsNextToMonth(s, i)
            && !HasLetterSuffix(s, i)
            && !IsPartOfCode(s, i)
            && !IsLabel(s, i)
            && !IsTimeOrFraction(s, i)
            && !IsPhoneLike(s, i)
            && !IsListNumber(s, i)
            && !IsInYearSpan(s, i);
    }

    /// <summary>"2009-13", "FY 2024-25": both numbers of a span of years.</summary>
    private static bool IsInYearSpan(FigureSentence s, int i) =>
        (s.IsDash(i - 1) && s.IsJoined(i - 1) && s.IsJoined(i) && s.IsNumber(i - 2) && IsYearLike(s[i - 2]))
        || (IsYearLike(s[i]) && s.IsDash(i + 1) && s.IsJoined(i + 1) && s.IsJoined(i + 2) && s.IsNumber(i + 2));

    /// <summary>A bare year such as "2021"; amounts of money may still be written so.</summary>
    public static bool IsYearLike(FigureToken token) =>
        token.IsPlainInteger && token.Length == 4 && token.Number is >= 1800 and <= 2100;

    private static bool IsNextToMonth(FigureSentence s, int i)
    {
        var before = s.IsSymbol(i - 1, '.') ? i - 2 : i - 1;
        return IsMonth(s, before) || IsMonth(s, i + 1);
    }

    private static bool IsMonth(FigureSentence s, int index) => s.IsCapitalized(index) && s.IsWordIn(index, s.Vocabulary.Months);

    /// <summary>"22nd", "1960s", "30MKI": letters written against the digits that are not a scale ("20bn").</summary>
    private static bool HasLetterSuffix(FigureSentence s, int i)
    {
        if (!s.Has(i + 1) || !s[i + 1].IsWord || !s.IsJoined(i + 1))
        {
            return false;
        }
        var suffix = s.TextOf(i + 1);
        return s.Vocabulary.OrdinalSuffixes.Contains(suffix)
            || !(s.Vocabulary.JoinedScales.TryGet(suffix, out _) || s.Vocabulary.Scales.TryGet(suffix, out _));
    }

    /// <summary>"S-400", "Su-30", "G20", "COVID-19": digits written against a word, unless the word is a currency ("Rs2,000").</summary>
    private static bool IsPartOfCode(FigureSentence s, int i)
    {
        if (!s.IsJoined(i))
        {
            return false;
        }
        var wordBefore = s.Has(i - 1) && s[i - 1].IsWord
            ? i - 1
            : s.IsDash(i - 1) && s.IsJoined(i - 1) && s.Has(i - 2) && s[i - 2].IsWord ? i - 2 : -1;
        return wordBefore >= 0 && !EndsCurrencyMarker(s, i);
    }

    private static bool EndsCurrencyMarker(FigureSentence s, int i) => s.MatchesEndingBefore(i, s.Vocabulary.CurrencyPrefixes) > 0;

    /// <summary>"Section 370", "Phase 2", "No. 5".</summary>
    private static bool IsLabel(FigureSentence s, int i) =>
        s.IsWordIn(i - 1, s.Vocabulary.ReferenceWords)
        || (s.IsSymbol(i - 1, '.') && s.IsWordIn(i - 2, s.Vocabulary.ReferenceWords));

    /// <summary>"10:30", "24/7", "12/05/2024".</summary>
    private static bool IsTimeOrFraction(FigureSentence s, int i) =>
        (s.IsJoined(i + 1) && (s.IsSymbol(i + 1, ':') || s.IsSymbol(i + 1, '/')) && s.IsNumber(i + 2))
        || (s.IsJoined(i) && (s.IsSymbol(i - 1, ':') || s.IsSymbol(i - 1, '/')) && s.IsNumber(i - 2));

    /// <summary>"+7 495 123-45-67", "(011) 2301 2345": a leading plus or zero, digit groups in a row, or three joined by dashes.</summary>
    private static bool IsPhoneLike(FigureSentence s, int i)
    {
        var text = s.TextOf(i);
        if ((text.Length > 1 && text[0] == '0' && char.IsDigit(text[1])) || (s.IsJoined(i) && s.IsSymbol(i - 1, '+')))
        {
            return true;
        }
        if ((s.IsNumber(i + 1) && !s.IsJoined(i + 1)) || (s.IsNumber(i - 1) && !s.IsJoined(i)))
        {
            return true;
        }
        return JoinedChainLength(s, i) >= 3;
    }

    private static int JoinedChainLength(FigureSentence s, int i)
    {
        var first = i;
        while (IsChainLink(s, first - 1) && s.IsJoined(first - 1) && s.IsNumber(first - 2) && s.IsJoined(first))
        {
            first -= 2;
        }
        var last = i;
        while (IsChainLink(s, last + 1) && s.IsJoined(last + 1) && s.IsNumber(last + 2) && s.IsJoined(last + 2))
        {
            last += 2;
        }
        return ((last - first) / 2) + 1;
    }

    private static bool IsChainLink(FigureSentence s, int index) => s.IsDash(index) || s.IsSymbol(index, '.');

    /// <summary>"1." or "2)" opening a sentence numbers a list or a section.</summary>
    private static bool IsListNumber(FigureSentence s, int i)
    {
        var opensSentence = i == 0 || (i == 1 && (s.IsSymbol(0, '(') || s.IsSymbol(0, '[')));
        return opensSentence && (s.IsSymbol(i + 1, '.') || s.IsSymbol(i + 1, ')')) && s.IsJoined(i + 1);
    }
}
