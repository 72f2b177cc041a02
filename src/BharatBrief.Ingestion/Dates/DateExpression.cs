namespace BharatBrief.Ingestion.Dates;

/// <summary>
/// What a date phrase means before it is read against an article's as-of date.
/// <see cref="DateResolver"/> turns it into a <see cref="DateRange"/> at the precision the phrase and the as-of date support.
/// </summary>
public abstract record DateExpression;

/// <summary>A date that carries its year: "2021", "July 2024", "4 December 2025", "December 4–5, 2025", "early May 2025", "5 Oct 2018".</summary>
public sealed record AbsoluteDate(PartialDate Start, PartialDate? End = null, DateQualifier Qualifier = DateQualifier.None) : DateExpression;

/// <summary>A decade: "the 1960s" (start year 1960).</summary>
public sealed record DecadeDate(int StartYear) : DateExpression;

/// <summary>
/// A month, or a month and day, without a year: "in July", "December 4", "December 4–5", "4-5 December", "late November";
/// or with a year counted from the as-of year (<see cref="YearOffset"/>): "in March last year", "December 4 next year", "this September".
/// A <see cref="Weekday"/> named with the day ("Monday, September 1") must agree with the year chosen.
/// <see cref="Facing"/> is the direction the phrase gives itself, whatever the sentence's tense: "last March" is the latest
/// March before the as-of month (<see cref="TimeOrientation.Past"/>), "next July" the first July after it.
/// </summary>
public sealed record YearlessDate(
    int Month,
    int? Day = null,
    int? EndMonth = null,
    int? EndDay = null,
    DateQualifier Qualifier = DateQualifier.None,
    int? YearOffset = null,
    DayOfWeek? Weekday = null,
    TimeOrientation Facing = TimeOrientation.Unknown)
    : DateExpression;

/// <summary>
/// A year counted from the story's own time, not the article's date: "that year" and "the same year" (0), "the next
/// year" and "the following year" (1), with the month and day said with it ("in November the next year"). Only the
/// narrative it stands in can place it; alone it resolves to nothing.
/// </summary>
public sealed record StoryYear(int Offset, int? Month = null, int? Day = null) : DateExpression;

/// <summary>A year counted from the as-of year: "this year" (0), "last year" (-1), "next year" (1), "two years ago" (-2).</summary>
public sealed record RelativeYear(int Offset) : DateExpression;

/// <summary>A month counted from the as-of month: "this month" (0), "last month" (-1), "next month" (1).</summary>
public sealed record RelativeMonth(int Offset) : DateExpression;

/// <summary>A calendar quarter counted from the as-of quarter: "this quarter" (0), "last quarter" (-1), "next quarter" (1); the months it spans.</summary>
public sealed record RelativeQuarter(int Offset) : DateExpression;

/// <summary>A week counted from the as-of week: "this week" (0), "last week" (-1), "next week" (1).</summary>
public sealed record RelativeWeek(int Offset) : DateExpression;

/// <summary>A day counted from the as-of day: "today" (0), "yesterday" (-1), "tomorrow" (1).</summary>
public sealed record RelativeDay(int Offset) : DateExpression;

/// <summary>
/// A weekday: "on Monday" (<see cref="WeekOffset"/> 0, read towards the sentence's orientation),
/// "last Monday" (-1), "next Thursday" (1).
/// </summary>
public sealed record WeekdayDate(DayOfWeek Day, int WeekOffset = 0) : DateExpression;

/// <summary>
/// A weekday of a week counted from the as-of week (weeks run Monday to Sunday): "Friday next week" (1),
/// "on Tuesday, next week" (1), "Monday of last week" (-1), "Wednesday this week" (0).
/// </summary>
public sealed record WeekdayInWeek(DayOfWeek Day, int WeekOffset) : DateExpression;

/// <summary>
/// A day of the month without the month: "Thursday the 4th" (the month near the as-of date whose 4th is a Thursday),
/// "the 4th of next month" (<see cref="MonthOffset"/> 1), "from 4 to 22 this month" (each end with offset 0).
/// </summary>
public sealed record DayOfMonthDate(int Day, DayOfWeek? Weekday = null, int? MonthOffset = null) : DateExpression;

/// <summary>
/// The <see cref="Ordinal"/>th weekday of a month: "the first Monday of December" (1), "the last Friday of next month" (-1).
/// <see cref="Month"/> is the month as read alone (an absolute, yearless or relative month).
/// </summary>
public sealed record NthWeekdayDate(int Ordinal, DayOfWeek Day, DateExpression Month) : DateExpression;

/// <summary>
/// A date counted from another: "three days after January 12" (<see cref="Days"/> 3), "a week before Monday" (-7),
/// "two years after 2014" (<see cref="Months"/> 24). The shift applies at the anchor's own precision and never adds any.
/// </summary>
public sealed record ShiftedDate(DateExpression Anchor, int Days = 0, int Months = 0) : DateExpression;

/// <summary>
/// A span whose ends are read separately because they differ in kind: "from Monday to Wednesday next week",
/// "from 4 to 22 this month", "between Monday and Thursday". Spans of calendar dates stay <see cref="AbsoluteDate"/> or <see cref="YearlessDate"/>.
/// </summary>
public sealed record DateSpan(DateExpression Start, DateExpression End) : DateExpression;

/// <summary>
/// A season: "summer 2014", "the winter of 2012", "last summer", "in the spring". Where seasons begin and end differs by
/// place and by reckoning, so only the year is sure, and only for a season that lies within one year: winter gives no date.
/// <see cref="FirstMonth"/> and <see cref="LastMonth"/> are the northern meteorological months, used to choose the year;
/// <see cref="Year"/>, <see cref="YearOffset"/> and <see cref="Facing"/> say which season, as for <see cref="YearlessDate"/>.
/// </summary>
public sealed record SeasonDate(int FirstMonth, int LastMonth, int? Year = null, int? YearOffset = null, TimeOrientation Facing = TimeOrientation.Unknown)
    : DateExpression;

/// <summary>
/// A point counted ahead of the as-of date by a length of time: "in two months", "in three years' time", "7 days hence".
/// Only a sentence that looks ahead reads it as a point: elsewhere it is a length ("trade doubled in two years", "his second
/// visit in three months"), and it gives no date.
/// </summary>
public sealed record AheadOfAsOf(DateExpression Point) : DateExpression;

/// <summary>
/// The stretch of time from the as-of date to a length of time ahead ("within a week", "within two months"), or the
/// period just ahead or behind it ("the coming week", "the past year": to the end of the next period, or from the start
/// of the last). What happens in it is known only to the months it covers, or to the years for a year.
/// </summary>
public sealed record AsOfWindow(int Sign, CalendarUnit Unit, int Count = 1, bool ToPeriodEdge = false) : DateExpression;

/// <summary>
/// The Saturday and Sunday of a week counted from the as-of week: "this weekend" (0 to 0), "last weekend" (-1 to -1);
/// "next weekend" may be either of the two weekends ahead, so it spans both (0 to 1).
/// </summary>
public sealed record WeekendDate(int FirstWeekOffset, int LastWeekOffset) : DateExpression;

/// <summary>
/// An Indian fiscal year, April to March, counted from the as-of date's: "this fiscal" (0), "last fiscal" (-1),
/// "the financial year that ended in March" (-1), "next fiscal year" (1).
/// </summary>
public sealed record RelativeFiscalYear(int Offset) : DateExpression;

/// <summary>
/// A date counted from another the same sentence names before it: "the next day" (1 day), "two days later" (2),
/// "the day before" (-1), "a week later" (7), "the following week", "three months later", "a year later". Unit says
/// how precisely the result is known. Without its <see cref="Anchor"/> it gives no date.
/// </summary>
public sealed record StoryShift(int Amount, CalendarUnit Unit, DateExpression? Anchor = null) : DateExpression;

/// <summary>The units periods are counted in.</summary>
public enum CalendarUnit
{
    Day,
    Week,
    Month,
    Year,
}
