namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>"the 1960s", "1990s", "the early 2000s", "the 1980's".</summary>
internal static class DecadeParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        var hasThe = s.Is(index, Lexeme.The);
        var at = index + (hasThe ? 1 : 0);
        if (s.Is(at, Lexeme.Qualifier))
        {
            at += s.IsDash(at + 1) && s.IsGlued(at + 1) ? 2 : 1;
        }
        if (hasThe && TryWordOrShortDecade(s, at, out reading))
        {
            return true;
        }
        if (!s.IsNumber(at) || s[at] is not { Digits: 4 } token || token.Value % 10 != 0
            || token.Value < NumberRules.EarliestYearWithMonth || token.Value > NumberRules.LatestYear
            || !(token.Suffix == NumberSuffix.Plural || (hasThe && token.Suffix == NumberSuffix.Possessive))
            || !NumberRules.EndsFreely(s, at) || (at == index && !NumberRules.StartsFreely(s, at)))
        {
            return false;
        }
        reading = new Reading(at + 1, new DecadeDate(token.Value));
        return true;
    }

    private const int Century = 1900;

    /// <summary>A cheap first check for a decade written as a word or a short year after "the".</summary>
    public static bool MayFollowThe(in TokenStream s, int index) =>
        s.IsSymbol(index, '\'') || s.IsSymbol(index, '’') || (s.IsWord(index) && s.TextOf(index).EndsWith("ties", StringComparison.OrdinalIgnoreCase));

    private static readonly string[] DecadeWords = ["thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>
    /// "the nineties", "the '80s": decades of the last century. "The twenties" may be either century, and without "the"
    /// the words are ages ("in his sixties"), so neither is read.
    /// </summary>
    private static bool TryWordOrShortDecade(in TokenStream s, int at, out Reading reading)
    {
        reading = default;
        if (s.IsWord(at))
        {
            var word = s.TextOf(at);
            for (var i = 0; i < DecadeWords.Length; i++)
            {
                if (word.Equals(DecadeWords[i], StringComparison.OrdinalIgnoreCase))
                {
                    reading = new Reading(at + 1, new DecadeDate(Century + (i + 3) * 10));
                    return true;
                }
            }
            return false;
        }
        var shortYear = at + 1;
        if ((s.IsSymbol(at, '\'') || s.IsSymbol(at, '’')) && s.IsNumber(shortYear) && s.IsGlued(shortYear)
            && s[shortYear] is { Digits: 2, Suffix: NumberSuffix.Plural, Value: >= 30 } token && token.Value % 10 == 0 && NumberRules.EndsFreely(s, shortYear))
        {
            reading = new Reading(shortYear + 1, new DecadeDate(Century + token.Value));
            return true;
        }
        return false;
    }
}
