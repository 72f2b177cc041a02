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
}
