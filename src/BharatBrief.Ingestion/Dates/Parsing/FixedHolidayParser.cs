namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Holidays held on the same day every year: "Christmas", "Christmas Day", "Christmas Eve 2012", "New Year's Day",
/// "New Year's Eve". Movable feasts (Easter, Diwali) have no rule here and give no date; "Orthodox Christmas" falls on
/// another day and gives none either. "Christmas" alone is a date only after a preposition ("by Christmas", "at Christmas") or
/// closing a clause, not before a noun ("Christmas trade").
/// </summary>
internal static class FixedHolidayParser
{
    public static bool MayStart(in TokenStream s, int index) =>
        s.IsWord(index) && s.TextOf(index) is "Christmas" or "New";

    public static bool TryRead(in TokenStream s, int index, MonthLicence context, out Reading reading)
    {
        reading = default;
        if (!MayStart(s, index) || (s.IsWord(index - 1) && s.TextOf(index - 1) is "Orthodox" or "Russian"))
        {
            return false;
        }
        int month, day, next;
        if (s.TextOf(index) is "Christmas")
        {
            var eve = IsWord(s, index + 1, "Eve");
            var named = eve || (s.Is(index + 1, Lexeme.Unit) && s.TextOf(index + 1) is "Day");
            (month, day, next) = (12, eve ? 24 : 25, index + (named ? 2 : 1));
            // "at Christmas", "over Christmas", and "Christmas" closing a clause name the day; "Christmas trade" does not.
            var closesClause = next >= s.Count || (!s.IsWord(next) && !s.IsNumber(next) && !s.IsSymbol(next, '\'') && !s.IsSymbol(next, '’'));
            if (!named && context < MonthLicence.Strong && !NumberRules.TryYear(s, next, NumberRules.EarliestYearWithMonth, out _)
                && !IsTimePreposition(s, index - 1) && !closesClause)
            {
                return false;
            }
        }
        else
        {
            // "New Year's Day", "New Year's Eve": "New Year" alone is a season of celebration, not a day.
            if (!(s.Is(index + 1, Lexeme.Unit) && s.TextOf(index + 1) is "Year" && (s.IsSymbol(index + 2, '\'') || s.IsSymbol(index + 2, '’'))
                && IsWord(s, index + 3, "s")))
            {
                return false;
            }
            var eve = IsWord(s, index + 4, "Eve");
            if (!eve && !(s.Is(index + 4, Lexeme.Unit) && s.TextOf(index + 4) is "Day"))
            {
                return false;
            }
            (month, day, next) = eve ? (12, 31, index + 5) : (1, 1, index + 5);
        }
        reading = NumberRules.TryYear(s, next, NumberRules.EarliestYearWithMonth, out var year)
            ? new Reading(next + 1, new AbsoluteDate(PartialDate.OfDay(year, month, day)))
            : new Reading(next, new YearlessDate(month, day));
        return true;
    }

    private static readonly string[] TimePrepositions = ["at", "over", "till", "from"];

    /// <summary>"at Christmas", "over Christmas": words that make the feast a time, as "by" and "since" do.</summary>
    private static bool IsTimePreposition(in TokenStream s, int index)
    {
        if (!s.IsWord(index))
        {
            return false;
        }
        foreach (var word in TimePrepositions)
        {
            if (s.TextOf(index).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWord(in TokenStream s, int index, string word) => s.IsWord(index) && s.TextOf(index).SequenceEqual(word);
}
