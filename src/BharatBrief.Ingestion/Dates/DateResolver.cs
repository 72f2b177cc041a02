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
            ShiftedDate shifted => Shift(Resolve(shifted.Anchor, asOf, orientation), shifted),
            NthWeekdayDate nth => DayResolver.NthWeekday(asOf, nth, orientation),
            DateSpan span => Span(span, asOf, orientation),
            SeasonDate season => Season(season, asOf, orientation),
            StoryShift shift => shift.Anchor is { } anchor ? WindowResolver.Story(Resolve(anchor, asOf, orientation), shift) : null,
            _ when asOf is null => null,
            AheadOfAsOf ahead => orientation == TimeOrientation.Future ? Resolve(ahead.Point, asOf, orientation) : null,
            AsOfWindow window => WindowResolver.Window(asOf.Value, window),
            WeekendDate weekend => WindowResolver.Weekend(asOf.Value, weekend),
            RelativeFiscalYear fiscal => WindowResolver.FiscalYear(asOf.Value, fiscal.Offset),
            RelativeYear year => CalendarMath.Year(asOf.Value.Year + year.Offset),
            RelativeMonth month => RelativeResolver.Month(asOf.Value, month.Offset),
            RelativeQuarter quarter => RelativeResolver.Quarter(asOf.Value, quarter.Offset),
            RelativeWeek week => RelativeResolver.Week(asOf.Value, week.Offset),
            RelativeDay day => RelativeResolver.Day(asOf.Value, day.Offset),
            YearlessDate yearless => YearlessDateResolver.Resolve(yearless, asOf.Value, orientation),
            WeekdayDate weekday => RelativeResolver.Weekday(asOf.Value, weekday, orientation),
            WeekdayInWeek weekday => RelativeResolver.WeekdayInWeek(asOf.Value, weekday),
            DayOfMonthDate day => DayResolver.DayOfMonth(asOf.Value, day, orientation),
            _ => null,
        };
    }

    /// <summary>True for expressions whose value depends on the as-of date (relative, yearless and weekday dates).</summary>
    public static bool DependsOnAsOf(DateExpression expression) => expression switch
    {
        AbsoluteDate or DecadeDate or StoryYear or SeasonDate { Year: not null } => false,
        ShiftedDate shifted => DependsOnAsOf(shifted.Anchor),
        StoryShift { Anchor: { } anchor } => DependsOnAsOf(anchor),
        NthWeekdayDate nth => DependsOnAsOf(nth.Month),
        DateSpan span => DependsOnAsOf(span.Start) || DependsOnAsOf(span.End),
        _ => true,
    };

    /// <summary>The year of the season, when the season lies within one; null for a winter.</summary>
    private static DateRange? Season(SeasonDate season, PartialDate? asOf, TimeOrientation orientation)
    {
        if (season.FirstMonth > season.LastMonth)
        {
            return null;
        }
        if (season.Year is { } year)
        {
            return CalendarMath.Year(year);
        }
        var months = new YearlessDate(season.FirstMonth, EndMonth: season.LastMonth, YearOffset: season.YearOffset, Facing: season.Facing);
        return asOf is { } known && YearlessDateResolver.Resolve(months, known, orientation) is { Start: var start }
            ? CalendarMath.Year(start.Year)
            : null;
    }

    /// <summary>Days shift a single day; months shift a month or a day, and whole years also a year.</summary>
    private static DateRange? Shift(DateRange? anchor, ShiftedDate shift)
    {
        if (anchor is not { End: null, Start: var start })
        {
            return null;
        }
        if (shift.Days != 0)
        {
            return start.Precision == DatePrecision.Day && CalendarMath.AddDays(start.FirstDay, shift.Days) is { } day
                ? DateRange.Of(PartialDate.OfDay(day))
                : null;
        }
        if (start.Precision == DatePrecision.Year)
        {
            return shift.Months % 12 == 0 ? CalendarMath.Year(start.Year + shift.Months / 12) : null;
        }
        if (CalendarMath.AddMonths(start.Year, start.Month!.Value, shift.Months) is not { } month)
        {
            return null;
        }
        if (start.Day is not { } dayOfMonth)
        {
            return DateRange.Of(month);
        }
        return PartialDate.IsValid(month.Year, month.Month!.Value, dayOfMonth) ? DateRange.Of(PartialDate.OfDay(month.Year, month.Month.Value, dayOfMonth)) : null;
    }

    /// <summary>Each end read alone; a weekday at the end is the first on or after the start ("from Friday to Monday").</summary>
    private static DateRange? Span(DateSpan span, PartialDate? asOf, TimeOrientation orientation)
    {
        if (Resolve(span.Start, asOf, orientation) is not { } start)
        {
            return null;
        }
        var end = span.End is WeekdayDate { WeekOffset: 0 } weekday && start is { End: null, Start.Precision: DatePrecision.Day }
            ? RelativeResolver.Weekday(start.Start, weekday, TimeOrientation.Future)
            : Resolve(span.End, asOf, orientation);
        if (end is null)
        {
            return null;
        }
        var last = end.End ?? end.Start;
        return start.Start.FirstDay < last.LastDay ? new DateRange(start.Start, last) : null;
    }
}
