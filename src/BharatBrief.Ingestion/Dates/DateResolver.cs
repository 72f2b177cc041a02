using BharatBrief.Ingestion.Dates.Resolving;

namespace BharatBrief.Ingestion.Dates;

/// <summary>Reads date expressions against an as-of date, to the precision both support.</summary>
public static class DateResolver
{
    /// <summary>
    /// The dates <paramref name="expression"/> stands for, read against <paramref name="asOf"/>; null when the
    /// as-of date is too coarse or missing for the expression ("on Monday" needs an as-of day).
    /// </summary>
    public static DateRange? Resolve(DateExpression expression, PartialDate? asOf, TimeOrientation orientation)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression switch
        {
            AbsoluteDate absolute => new DateRange(absolute.Start, absolute.End),
            DecadeDate decade => CalendarMath.Years(decade.StartYear, decade.StartYear + 9),
            _ when asOf is null => null,
            RelativeYear year => CalendarMath.Year(asOf.Value.Year + year.Offset),
            RelativeMonth month => RelativeResolver.Month(asOf.Value, month.Offset),
            RelativeWeek week => RelativeResolver.Week(asOf.Value, week.Offset),
            RelativeDay day => RelativeResolver.Day(asOf.Value, day.Offset),
            YearlessDate yearless => YearlessDateResolver.Resolve(yearless, asOf.Value, orientation),
            WeekdayDate weekday => RelativeResolver.Weekday(asOf.Value, weekday, orientation),
            _ => null,
        };
    }

    /// <summary>True for expressions whose value depends on the as-of date (relative, yearless and weekday dates).</summary>
    public static bool DependsOnAsOf(DateExpression expression) => expression is not (AbsoluteDate or DecadeDate);
}
