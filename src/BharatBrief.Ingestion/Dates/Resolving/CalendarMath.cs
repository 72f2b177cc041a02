namespace BharatBrief.Ingestion.Dates.Resolving;

/// <summary>Date arithmetic that answers null, rather than throwing, at the ends of the calendar.</summary>
internal static class CalendarMath
{
    private const int FirstYear = 1;
    private const int LastYear = 9999;

    public static DateRange? Year(int year) => year is >= FirstYear and <= LastYear ? DateRange.Of(PartialDate.OfYear(year)) : null;

    public static DateRange? Years(int first, int last) =>
        first >= FirstYear && last <= LastYear ? new DateRange(PartialDate.OfYear(first), PartialDate.OfYear(last)) : null;

    /// <summary>The years from <paramref name="first"/> to <paramref name="last"/> in which the day falls on <paramref name="weekday"/> ("Monday, 6 December": 2021, 2027, …).</summary>
    public static IEnumerable<int> YearsOnWeekday(int month, int day, DayOfWeek weekday, int first, int last)
    {
        for (var year = Math.Max(first, FirstYear); year <= Math.Min(last, LastYear); year++)
        {
            if (PartialDate.IsValid(year, month, day) && new DateOnly(year, month, day).DayOfWeek == weekday)
            {
                yield return year;
            }
        }
    }

    /// <summary>The month <paramref name="months"/> after (or before) the given one.</summary>
    public static PartialDate? AddMonths(int year, int month, int months)
    {
        var index = year * 12 + month - 1 + months;
        var newYear = index / 12;
        return index >= 0 && newYear is >= FirstYear and <= LastYear ? PartialDate.OfMonth(newYear, index % 12 + 1) : null;
    }

    public static DateOnly? AddDays(DateOnly day, int days)
    {
        var number = (long)day.DayNumber + days;
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/>, counting only year and month.</summary>
    public static int MonthsBetween(PartialDate from, PartialDate to) => (to.Year - from.Year) * 12 + (to.Month ?? 1) - (from.Month ?? 1);
}
