namespace BharatBrief.Ingestion.Dates.Resolving;

/// <summary>
/// Gives a month or day without a year the year that fits the as-of date: the as-of year itself when that is all
/// that is known, else the year before, of or after it, chosen by the sentence's orientation.
/// </summary>
internal static class YearlessDateResolver
{
    public static DateRange? Resolve(YearlessDate date, PartialDate asOf, TimeOrientation orientation)
    {
        if (date.Weekday is null)
        {
            return ResolveDay(date, asOf, orientation);
        }
        // "Monday, September 1": the year near the as-of date whose September 1 is a Monday; when none is, no day.
        if (ResolveDay(date, asOf, orientation) is { } agreeing)
        {
            return agreeing;
        }
        // "FIXTURE: 21st annual summit, Mon 6 Dec" in a story of Tuesday 7 December 2021: the calendar outweighs a tense
        // read from the sentence when the day falls on its weekday in only one year around the story's.
        if (asOf.Precision == DatePrecision.Day && date.YearOffset is null && OnlyAgreeingYear(date, asOf) is { } onItsWeekday
            && Math.Abs(onItsWeekday.Start.FirstDay.DayNumber - asOf.FirstDay.DayNumber) <= MaxDaysFromTheStory)
        {
            return onItsWeekday;
        }
        return ResolveDay(date with { Weekday = null }, asOf, orientation) is { } any
            ? new DateRange(any.Start.Truncate(DatePrecision.Month), any.End is { } end && end.Truncate(DatePrecision.Month) != any.Start.Truncate(DatePrecision.Month) ? end.Truncate(DatePrecision.Month) : null)
            : null;
    }

    private const int MaxDaysFromTheStory = 14;

    private static DateRange? OnlyAgreeingYear(YearlessDate date, PartialDate asOf) =>
        date is { Day: { } day, Weekday: { } weekday }
        && CalendarMath.YearsOnWeekday(date.Month, day, weekday, asOf.Year - 1, asOf.Year + 1).ToList() is [var only]
            ? InYear(date, only)
            : null;

    private static DateRange? ResolveDay(YearlessDate date, PartialDate asOf, TimeOrientation orientation)
    {
        var strict = date.Facing != TimeOrientation.Unknown;
        orientation = strict ? date.Facing : orientation;
        if (date.YearOffset is { } offset)
        {
            return InYear(date, asOf.Year + offset);
        }
        if (asOf.Precision == DatePrecision.Year)
        {
            // "last March" in a story known only to its year may be that year's March or the one before.
            return strict ? null : InYear(date, asOf.Year);
        }
        // The as-of year first, so that it wins ties in the nearest-occurrence search.
        ReadOnlySpan<int> years = [asOf.Year, asOf.Year - 1, asOf.Year + 1];
        DateRange? chosen = null;
        var chosenDistance = int.MaxValue;
        foreach (var year in years)
        {
            if (InYear(date, year) is not { } candidate)
            {
                continue;
            }
            var endsAfter = Compare(candidate.End ?? candidate.Start, asOf) >= (strict ? 1 : 0);
            var startsBefore = Compare(candidate.Start, asOf) <= (strict ? -1 : 0);
            var better = orientation switch
            {
                TimeOrientation.Future => endsAfter && (chosen is null || candidate.Start < chosen.Start),
                TimeOrientation.Past => startsBefore && (chosen is null || candidate.Start > chosen.Start),
                _ => Distance(candidate, asOf, startsBefore, endsAfter) < chosenDistance,
            };
            if (better)
            {
                chosen = candidate;
                chosenDistance = Distance(candidate, asOf, startsBefore, endsAfter);
            }
        }
        return chosen;
    }

    private static DateRange? InYear(YearlessDate date, int year)
    {
        if (Date(year, date.Month, date.Day) is not { } start
            || (date.Weekday is { } weekday && start.Precision == DatePrecision.Day && start.FirstDay.DayOfWeek != weekday))
        {
            return null;
        }
        if (date.EndMonth is not { } endMonth)
        {
            return DateRange.Of(start);
        }
        var crossesYear = endMonth < date.Month || (endMonth == date.Month && date.EndDay < date.Day);
        return Date(crossesYear ? year + 1 : year, endMonth, date.EndDay) is { } end ? new DateRange(start, end) : null;
    }

    private static PartialDate? Date(int year, int month, int? day) =>
        year is < 1 or > 9999 ? null
        : day is null ? PartialDate.OfMonth(year, month)
        : PartialDate.IsValid(year, month, day.Value) ? PartialDate.OfDay(year, month, day.Value)
        : null;

    /// <summary>Compares at the coarser of the two precisions: "July" is not before an as-of date in July.</summary>
    private static int Compare(PartialDate date, PartialDate asOf)
    {
        var precision = (DatePrecision)Math.Min((int)date.Precision, (int)asOf.Precision);
        return date.Truncate(precision).FirstDay.CompareTo(asOf.Truncate(precision).FirstDay);
    }

    /// <summary>How far the occurrence lies from the as-of date, in days when both know the day, else in months; 0 when it spans it.</summary>
    private static int Distance(DateRange candidate, PartialDate asOf, bool startsBefore, bool endsAfter)
    {
        if (startsBefore && endsAfter)
        {
            return 0;
        }
        var nearest = startsBefore ? candidate.End ?? candidate.Start : candidate.Start;
        return nearest.Precision == DatePrecision.Day && asOf.Precision == DatePrecision.Day
            ? Math.Abs(nearest.FirstDay.DayNumber - asOf.FirstDay.DayNumber)
            : Math.Abs(CalendarMath.MonthsBetween(asOf, nearest));
    }
}
