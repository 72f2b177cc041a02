using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly PartialDate AsOfDay = PartialDate.Parse("2025-11-20");

    [Fact]
    public void Absolute_dates_ignore_the_as_of_date()
    {
        var summit = new AbsoluteDate(PartialDate.OfDay(2024, 7, 8), PartialDate.OfDay(2024, 7, 9));

        Assert.Equal("2024-07-08/2024-07-09", DateResolver.Resolve(summit, null, TimeOrientation.Unknown)?.ToString());
        Assert.Equal("2024-07-08/2024-07-09", DateResolver.Resolve(summit, AsOfDay, TimeOrientation.Future)?.ToString());
    }

    [Fact]
    public void Qualifiers_never_add_precision()
    {
        var early = new AbsoluteDate(PartialDate.OfMonth(2025, 5), null, DateQualifier.Early);
        var lateNovember = new YearlessDate(11, Qualifier: DateQualifier.Late);

        Assert.Equal("2025-05", DateResolver.Resolve(early, null, TimeOrientation.Unknown)?.ToString());
        Assert.Equal("2025-11", DateResolver.Resolve(lateNovember, AsOfDay, TimeOrientation.Past)?.ToString());
    }

    [Fact]
    public void A_day_missing_from_the_candidate_years_stays_unresolved()
    {
        var leapDay = new YearlessDate(2, 29);

        Assert.Null(DateResolver.Resolve(leapDay, PartialDate.Parse("2025-06"), TimeOrientation.Future));
        Assert.Equal("2024-02-29", DateResolver.Resolve(leapDay, PartialDate.Parse("2025-06"), TimeOrientation.Past)?.ToString());
    }

    [Fact]
    public void Relative_expressions_stay_unresolved_at_the_ends_of_the_calendar()
    {
        Assert.Null(DateResolver.Resolve(new RelativeYear(1), PartialDate.OfYear(9999), TimeOrientation.Unknown));
        Assert.Null(DateResolver.Resolve(new RelativeDay(-1), PartialDate.OfDay(1, 1, 1), TimeOrientation.Unknown));
        Assert.Null(DateResolver.Resolve(new RelativeMonth(-1), PartialDate.OfMonth(1, 1), TimeOrientation.Unknown));
    }

    [Fact]
    public void Only_absolute_dates_and_decades_do_not_depend_on_the_as_of_date()
    {
        Assert.False(DateResolver.DependsOnAsOf(new AbsoluteDate(PartialDate.OfYear(2021))));
        Assert.False(DateResolver.DependsOnAsOf(new DecadeDate(1960)));
        Assert.True(DateResolver.DependsOnAsOf(new YearlessDate(7)));
        Assert.True(DateResolver.DependsOnAsOf(new WeekdayDate(DayOfWeek.Monday)));
        Assert.True(DateResolver.DependsOnAsOf(new RelativeYear(0)));
    }
}
