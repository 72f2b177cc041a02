namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// "summer 2014", "the winter of 2012", "this summer", "last autumn", "next spring", "in the summer": a season, which
/// dates no finer than its year. "Fall" is also a verb and a noun, so it counts only with its year.
/// </summary>
internal static class SeasonParser
{
    private const int MonthsInASeason = 3;

    public static bool TryRead(in TokenStream s, int index, MonthLicence context, out Reading reading)
    {
        reading = default;
        var hasThe = s.Is(index, Lexeme.The);
        var anchorAt = index + (hasThe ? 1 : 0);
        var anchored = !hasThe && s.Is(anchorAt, Lexeme.Anchor);
        var seasonAt = anchorAt + (anchored ? 1 : 0);
        if (!s.Is(seasonAt, Lexeme.Season))
        {
            return false;
        }
        var first = s[seasonAt].Value;
        var last = (first + MonthsInASeason - 2) % 12 + 1;
        var isFall = s.TextOf(seasonAt).Equals("fall", StringComparison.OrdinalIgnoreCase);
        var yearAt = seasonAt + 1 + (s.Is(seasonAt + 1, Lexeme.Of) && hasThe ? 1 : 0);
        if (!anchored && NumberRules.TryYear(s, yearAt, NumberRules.EarliestBareYear, out var year))
        {
            reading = new Reading(yearAt + 1, new SeasonDate(first, last, Year: year));
            return true;
        }
        if (isFall)
        {
            return false;
        }
        if (anchored)
        {
            var offset = s[anchorAt].Value;
            reading = new Reading(seasonAt + 1, offset switch
            {
                0 => new SeasonDate(first, last, YearOffset: 0),
                < 0 => new SeasonDate(first, last, Facing: TimeOrientation.Past),
                _ => new SeasonDate(first, last, Facing: TimeOrientation.Future),
            });
            return true;
        }
        // "in the summer", "during winter": a preposition makes the season a date; "a summer of talks" is not one.
        if (context < MonthLicence.Strong || s.Is(seasonAt + 1, Lexeme.Of))
        {
            return false;
        }
        reading = new Reading(seasonAt + 1, new SeasonDate(first, last));
        return true;
    }
}
