namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>
/// Periods next to a date: "the coming week", "the past year", "this past week" (beside the as-of date); "this weekend",
/// "last weekend", "next weekend", "this past weekend"; "the next day", "the following week", "the previous day" (beside a date the sentence named before).
/// </summary>
internal static class NearPeriodParser
{
    public static bool TryRead(in TokenStream s, int index, out Reading reading)
    {
        reading = default;
        if (s.Is(index, Lexeme.Anchor) && s.Is(index + 1, Lexeme.Weekend) && !s.Is(index - 1, Lexeme.The))
        {
            reading = new Reading(index + 2, s[index].Value switch
            {
                0 => new WeekendDate(0, 0),
                < 0 => new WeekendDate(-1, -1),
                _ => new WeekendDate(0, 1),
            });
            return true;
        }
        if (s.Is(index, Lexeme.Anchor) && s[index].Value == 0 && s.Is(index + 1, Lexeme.Facing) && s.Is(index + 2, Lexeme.Weekend))
        {
            // "this coming weekend" is this week's; "this past weekend" last week's.
            var week = s[index + 1].Value > 0 ? 0 : -1;
            reading = new Reading(index + 3, new WeekendDate(week, week));
            return true;
        }
        var facingAt = s.Is(index, Lexeme.The) || (s.Is(index, Lexeme.Anchor) && s[index].Value == 0) ? index + 1 : -1;
        if (facingAt > 0 && s.Is(facingAt, Lexeme.Facing) && s.Is(facingAt + 1, Lexeme.Unit) && Unit(s, facingAt + 1) is { } near and not CalendarUnit.Day)
        {
            // "the coming week": to the end of next week; "the past year": from the start of last year.
            reading = new Reading(facingAt + 2, new AsOfWindow(s[facingAt].Value, near, ToPeriodEdge: true));
            return true;
        }
        if (!s.Is(index, Lexeme.The) || !s.Is(index + 2, Lexeme.Unit) || Unit(s, index + 2) is not { } unit)
        {
            return false;
        }
        var word = s.TextOf(index + 1);
        var ahead = (s.Is(index + 1, Lexeme.Anchor) && s[index + 1].Value == 1) || word.Equals("following", StringComparison.OrdinalIgnoreCase);
        var behind = s.Is(index + 1, Lexeme.Previous) && s[index + 1].Value == -1 && unit == CalendarUnit.Day;
        if (!(ahead && unit != CalendarUnit.Year) && !behind)
        {
            // "the next year" and "the following year" are the story's year, read elsewhere.
            return false;
        }
        reading = new Reading(index + 3, new StoryShift(ahead ? 1 : -1, unit));
        return true;
    }

    private static CalendarUnit? Unit(in TokenStream s, int index) => (TimeUnit)s[index].Value switch
    {
        TimeUnit.Day => CalendarUnit.Day,
        TimeUnit.Week => CalendarUnit.Week,
        TimeUnit.Month => CalendarUnit.Month,
        TimeUnit.Year => CalendarUnit.Year,
        _ => null,
    };
}
