namespace BharatBrief.Ingestion.Dates.Parsing;

/// <summary>The part a word can play in a date phrase; <see cref="Token.Value"/> carries its number where it has one.</summary>
internal enum Lexeme : byte
{
    None,

    /// <summary>A capitalised month name; value 1–12.</summary>
    Month,

    /// <summary>"Jan", "Sept", "Dec"; value 1–12.</summary>
    MonthAbbreviation,

    /// <summary>A month name in lower case ("september"): a month only with a day and a year ("3 september 2014"); value 1–12.</summary>
    LowerMonth,

    /// <summary>"Mon", "Thurs", "Sat": a weekday only before a date ("Thu, Nov 20 2025"); value a <see cref="DayOfWeek"/>.</summary>
    WeekdayAbbreviation,

    /// <summary>A capitalised weekday; value a <see cref="DayOfWeek"/>.</summary>
    Weekday,

    /// <summary>"a", "two", "twelve"; value the count.</summary>
    Count,

    /// <summary>"this" (0), "last" (-1), "next" (1).</summary>
    Anchor,

    /// <summary>"previous" (-1), "current" (0): counted from the as-of date even after "the" ("the previous year", "the current month").</summary>
    Previous,

    /// <summary>"quarter" (3), "half" (6): a part of a year, by how many months it spans.</summary>
    YearPart,

    /// <summary>"morning", "afternoon", "evening", "night": after "this" the as-of day, after "last" (evening, night) the day before.</summary>
    DayPart,

    /// <summary>"fortnight", "fortnights": two weeks, only as a count ("a fortnight ago", "in a fortnight"); value <see cref="TimeUnit.Week"/>.</summary>
    Fortnight,

    /// <summary>"year", "month", "week", "day"; value a <see cref="TimeUnit"/>.</summary>
    Unit,

    /// <summary>"years", "months", "weeks", "days"; value a <see cref="TimeUnit"/>.</summary>
    Units,

    Ago,

    /// <summary>"decade", "decades": ten years, in "two decades ago".</summary>
    Decades,

    /// <summary>"today" (0), "yesterday" (-1), "tomorrow" (1).</summary>
    DayWord,

    /// <summary>"early", "mid", "late"; value a <see cref="DateQualifier"/>.</summary>
    Qualifier,

    /// <summary>"earlier" (-1), "later" (1): before "this year", "today" and the like, and after a length of time a sentence counts from a date it names.</summary>
    Vague,

    /// <summary>"end", "beginning", "start", "middle" (of); value a <see cref="DateQualifier"/>.</summary>
    Part,

    The,
    Of,

    /// <summary>"in", "on": kept in the phrase ("on Monday"), since they add nothing to its meaning.</summary>
    Lead,

    Between,
    From,
    To,
    And,

    /// <summary>"until", "till".</summary>
    Until,

    Through,

    /// <summary>
    /// Prepositions that make a month name a date without being part of the phrase: since, by, during …;
    /// value a <see cref="Licence"/> code for the ones that count from a date or bound a period.
    /// </summary>
    Licensor,

    /// <summary>"first" … "twentieth", "thirtieth"; value the number.</summary>
    Ordinal,

    /// <summary>"coming" (1), "past" (-1): only before a weekday ("this coming Thursday", "this past Monday").</summary>
    Facing,

    /// <summary>Words that make the weekday after them part of a holiday's name: Easter, Good (Friday), Ash (Wednesday) …</summary>
    Holiday,

    Now,

    /// <summary>"that", "same", "following": before a unit, a period named by the story, not by the as-of date ("in October that year").</summary>
    Anaphor,

    /// <summary>"onwards", "onward": after a date, the start of a period ("from 2014 onwards").</summary>
    Onwards,

    /// <summary>"spring", "summer", "autumn", "fall", "winter"; value the first month of the season.</summary>
    Season,

    /// <summary>"hence": after a length of time, that far ahead of the as-of date ("7 days hence").</summary>
    Hence,

    /// <summary>"within": before a length of time, the stretch from the as-of date to that far ahead.</summary>
    Within,

    /// <summary>"weekend": the Saturday and Sunday of a week.</summary>
    Weekend,

    /// <summary>Words that make the number before them a count: million, percent, troops, km …</summary>
    Quantity,

    /// <summary>Words that make the number after them money: Rs, INR, USD.</summary>
    Currency,
}
