using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Tests.Dates;

/// <summary>The expressions counted from an anchor or a week, read directly against as-of dates at the edges of weeks, months and years.</summary>
public sealed class DateResolverSpanAndShiftTests
{
    private static readonly PartialDate NewYearsEve = PartialDate.Parse("2025-12-31");

    [Fact]
    public void A_weekday_of_a_counted_week_crosses_the_year()
    {
        Assert.Equal("2026-01-05", DateResolver.Resolve(new WeekdayInWeek(DayOfWeek.Monday, 1), NewYearsEve, TimeOrientation.Unknown)?.ToString());
        Assert.Equal("2025-12-28", DateResolver.Resolve(new WeekdayInWeek(DayOfWeek.Sunday, 0), PartialDate.Parse("2025-12-22"), TimeOrientation.Past)?.ToString());
        Assert.Null(DateResolver.Resolve(new WeekdayInWeek(DayOfWeek.Monday, 1), PartialDate.Parse("2025-12"), TimeOrientation.Unknown));
    }

    [Fact]
    public void A_day_of_a_counted_month_must_exist_and_agree_with_its_weekday()
    {
        Assert.Equal("2026-01-04", DateResolver.Resolve(new DayOfMonthDate(4, MonthOffset: 1), NewYearsEve, TimeOrientation.Future)?.ToString());
        Assert.Null(DateResolver.Resolve(new DayOfMonthDate(4, DayOfWeek.Monday, 1), NewYearsEve, TimeOrientation.Future));
        Assert.Null(DateResolver.Resolve(new DayOfMonthDate(30, MonthOffset: 2), NewYearsEve, TimeOrientation.Future));
        Assert.Equal("2026-01-04", DateResolver.Resolve(new DayOfMonthDate(4, MonthOffset: 1), PartialDate.Parse("2025-12"), TimeOrientation.Future)?.ToString());
    }

    [Fact]
    public void The_nth_weekday_of_a_month_may_not_exist()
    {
        var lastFriday = new NthWeekdayDate(-1, DayOfWeek.Friday, new AbsoluteDate(PartialDate.OfMonth(2024, 2)));
        var fifthMonday = new NthWeekdayDate(5, DayOfWeek.Monday, new AbsoluteDate(PartialDate.OfMonth(2024, 2)));
        var fifthThursday = new NthWeekdayDate(5, DayOfWeek.Thursday, new AbsoluteDate(PartialDate.OfMonth(2024, 2)));

        Assert.Equal("2024-02-23", DateResolver.Resolve(lastFriday, null, TimeOrientation.Unknown)?.ToString());
        Assert.Null(DateResolver.Resolve(fifthMonday, null, TimeOrientation.Unknown));
        Assert.Equal("2024-02-29", DateResolver.Resolve(fifthThursday, null, TimeOrientation.Unknown)?.ToString());
    }

    [Fact]
    public void A_shift_keeps_the_anchor_s_precision_and_never_adds_any()
    {
        Assert.Equal("2026-01-03", DateResolver.Resolve(new ShiftedDate(new RelativeDay(0), 3), NewYearsEve, TimeOrientation.Unknown)?.ToString());
        Assert.Equal("2024-03", DateResolver.Resolve(new ShiftedDate(new AbsoluteDate(PartialDate.OfMonth(2023, 12)), Months: 3), null, TimeOrientation.Unknown)?.ToString());
        Assert.Equal("2024-02-29", DateResolver.Resolve(new ShiftedDate(new AbsoluteDate(PartialDate.OfDay(2023, 12, 29)), Months: 2), null, TimeOrientation.Unknown)?.ToString());
        // January 31 has no day a month later; a year has no day three days later; a range has no single day to count from.
        Assert.Null(DateResolver.Resolve(new ShiftedDate(new AbsoluteDate(PartialDate.OfDay(2025, 1, 31)), Months: 1), null, TimeOrientation.Unknown));
        Assert.Null(DateResolver.Resolve(new ShiftedDate(new AbsoluteDate(PartialDate.OfYear(2025)), 3), null, TimeOrientation.Unknown));
        Assert.Null(DateResolver.Resolve(new ShiftedDate(new AbsoluteDate(PartialDate.OfYear(2025)), Months: 6), null, TimeOrientation.Unknown));
        Assert.Null(DateResolver.Resolve(
            new ShiftedDate(new AbsoluteDate(PartialDate.OfDay(2025, 12, 4), PartialDate.OfDay(2025, 12, 5)), 1), null, TimeOrientation.Unknown));
        Assert.Null(DateResolver.Resolve(new ShiftedDate(new RelativeDay(0), 3), null, TimeOrientation.Unknown));
    }

    [Fact]
    public void A_span_must_run_forwards()
    {
        var thursdayToMonday = new DateSpan(new WeekdayInWeek(DayOfWeek.Thursday, 1), new WeekdayInWeek(DayOfWeek.Monday, 1));
        var fridayToMonday = new DateSpan(new WeekdayDate(DayOfWeek.Friday), new WeekdayDate(DayOfWeek.Monday));

        Assert.Null(DateResolver.Resolve(thursdayToMonday, NewYearsEve, TimeOrientation.Future));
        Assert.Equal("2026-01-02/2026-01-05", DateResolver.Resolve(fridayToMonday, NewYearsEve, TimeOrientation.Future)?.ToString());
        Assert.Equal("2025-12-26/2025-12-29", DateResolver.Resolve(fridayToMonday, NewYearsEve, TimeOrientation.Past)?.ToString());
    }

    [Fact]
    public void Only_what_rests_on_absolute_dates_does_not_depend_on_the_as_of_date()
    {
        Assert.False(DateResolver.DependsOnAsOf(new ShiftedDate(new AbsoluteDate(PartialDate.OfYear(2014)), Months: 24)));
        Assert.False(DateResolver.DependsOnAsOf(new NthWeekdayDate(1, DayOfWeek.Monday, new AbsoluteDate(PartialDate.OfMonth(2025, 12)))));
        Assert.True(DateResolver.DependsOnAsOf(new NthWeekdayDate(1, DayOfWeek.Monday, new YearlessDate(12))));
        Assert.True(DateResolver.DependsOnAsOf(new ShiftedDate(new RelativeDay(1), 1)));
        Assert.True(DateResolver.DependsOnAsOf(new DateSpan(new AbsoluteDate(PartialDate.OfYear(2015)), new RelativeYear(-1))));
        Assert.True(DateResolver.DependsOnAsOf(new WeekdayInWeek(DayOfWeek.Friday, 1)));
        Assert.True(DateResolver.DependsOnAsOf(new DayOfMonthDate(4)));
    }
}
