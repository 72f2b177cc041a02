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

    [Theory]
    // 6 December 2021 was a Monday, 2022's a Tuesday: the weekday fixes the day whatever the tense says.
    [InlineData("2021-12-07", 12, 6, DayOfWeek.Monday, "2021-12-06")]
    // 8 July 2024 was a Monday: read ahead from 5 July as well as back from 10 July.
    [InlineData("2024-07-05", 7, 8, DayOfWeek.Monday, "2024-07-08")]
    // A weekday that agrees with the day in no year around the story's gives no day, only the month.
    [InlineData("2021-12-07", 12, 6, DayOfWeek.Friday, "2022-12")]
    public void A_day_with_its_weekday_is_the_one_year_around_the_story_in_which_they_agree(string asOf, int month, int day, DayOfWeek weekday, string expected)
    {
        var given = new YearlessDate(month, day, Weekday: weekday);

        Assert.Equal(expected, DateResolver.Resolve(given, PartialDate.Parse(asOf), TimeOrientation.Future)?.ToString());
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
