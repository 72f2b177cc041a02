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
/// or with a year counted from the as-of year (<see cref="YearOffset"/>): "in March last year", "December 4 next year".
/// </summary>
public sealed record YearlessDate(
    int Month, int? Day = null, int? EndMonth = null, int? EndDay = null, DateQualifier Qualifier = DateQualifier.None, int? YearOffset = null)
    : DateExpression;

/// <summary>A year counted from the as-of year: "this year" (0), "last year" (-1), "next year" (1), "two years ago" (-2).</summary>
public sealed record RelativeYear(int Offset) : DateExpression;

/// <summary>A month counted from the as-of month: "this month" (0), "last month" (-1), "next month" (1).</summary>
public sealed record RelativeMonth(int Offset) : DateExpression;

/// <summary>A week counted from the as-of week: "this week" (0), "last week" (-1), "next week" (1).</summary>
public sealed record RelativeWeek(int Offset) : DateExpression;

/// <summary>A day counted from the as-of day: "today" (0), "yesterday" (-1), "tomorrow" (1).</summary>
public sealed record RelativeDay(int Offset) : DateExpression;

/// <summary>
/// A weekday: "on Monday" (<see cref="WeekOffset"/> 0, read towards the sentence's orientation),
/// "last Monday" (-1), "next Thursday" (1).
/// </summary>
public sealed record WeekdayDate(DayOfWeek Day, int WeekOffset = 0) : DateExpression;
