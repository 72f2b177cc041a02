using BharatBrief.Ingestion.Extractors.AsOf;

namespace BharatBrief.Ingestion.Tests.Extractors.AsOf;

/// <summary>
/// Wire stories whose dateline has no year and whose text dates no event: the leaders in office, the number of the
/// annual summit and the weekday of the news leave one year, or the story stays undated.
/// </summary>
public sealed class YearOfTheLeadersTests
{
    private static Records.AsOfDate AsOfOf(string text) => InferredAsOfTests.AsOfOf(text);

    [Theory]
    // 5 October was a Friday in 2001, 2007, 2012 and 2018; Modi has held office since 2014 and the 19th summit comes no
    // earlier than 2017.
    [InlineData("Deal signed\n\nNEW DELHI, Oct 5 (Wire) - India signed a deal on Friday to buy air defence systems as Prime Minister Narendra Modi hosted President Vladimir Putin for the 19th India-Russia annual summit.", "2018-10-05")]
    // Thursday's arrival and Friday's talks: the news is Friday's. 5 December was a Friday in 2014 and 2025; the 23rd
    // summit rules out 2014.
    [InlineData("Fuel for India\n\nNEW DELHI, December 5. /Agency/. President Vladimir Putin arrived on Thursday evening. On Friday he held talks with Prime Minister Narendra Modi at the 23rd Russian-Indian summit.", "2025-12-05")]
    // 14 March was a Wednesday in 2012 and 2018; Medvedev was president only until 2012.
    [InlineData("Call\n\nMOSCOW, Mar 14 - President Dmitry Medvedev spoke to Prime Minister Manmohan Singh on Wednesday about energy.", "2012-03-14")]
    public void The_only_year_the_leaders_the_summit_number_and_the_weekday_allow_dates_the_story(string text, string asOf)
    {
        var parsed = AsOfOf(text);

        Assert.Equal((asOf, AsOfExtractor.YearOfTheLeadersAndWeekday), (parsed.Value?.ToString(), parsed.Basis));
        Assert.False(parsed.IsLowerBound);
    }

    [Theory]
    // 24 December was a Thursday in 2015 and in 2020, both after the 16th summit's earliest year and in Modi's term.
    [InlineData("Helicopters\n\nMoscow, Dec 24 (Agency) India and Russia on Thursday signed an agreement as Prime Minister Narendra Modi held the 16th annual summit with President Vladimir Putin.")]
    // No weekday: every year of the leaders' terms remains.
    [InlineData("Deal signed\n\nNEW DELHI, Oct 5 (Wire) - India has signed a deal to buy air defence systems, Prime Minister Narendra Modi said after talks with President Vladimir Putin.")]
    // No leader in office named: nothing bounds the years.
    [InlineData("Talks in Moscow\n\nMOSCOW, Oct 12 - Officials of the two countries met on Wednesday to discuss trade.")]
    public void A_story_that_leaves_more_than_one_year_stays_undated(string text)
    {
        Assert.Null(AsOfOf(text).Value);
    }

    [Fact]
    public void A_forums_numbered_summit_does_not_bound_the_year_of_the_annual_series()
    {
        // 22 October was a Tuesday in 2019 and 2024. "The 16th BRICS summit" is not the 16th India–Russia summit, so 2019
        // stays a candidate and the year is not guessed.
        var parsed = AsOfOf("Kazan talks\n\nKAZAN, Oct 22 (Wire) - Prime Minister Narendra Modi met President Vladimir Putin on Tuesday on the sidelines of the 16th BRICS summit.");

        Assert.Null(parsed.Value);
    }

    [Fact]
    public void A_former_leader_in_the_opening_does_not_narrow_the_years()
    {
        // Without the rule for "former", Manmohan Singh's term (to 2014) would leave no year at all.
        var parsed = AsOfOf("Deal signed\n\nNEW DELHI, Oct 5 (Wire) - India signed a deal on Friday as Prime Minister Narendra Modi hosted President Vladimir Putin for the 19th India-Russia annual summit. Former Prime Minister Manmohan Singh welcomed it.");

        Assert.Equal("2018-10-05", parsed.Value?.ToString());
    }
}

/// <summary>A dateline without a year after a story that dates an earlier event: the first year after it whose day falls on the weekday of the news.</summary>
public sealed class DatelineAfterTheLatestEventTests
{
    [Theory]
    // 5 October 2017 was a Thursday, 2018 a Friday: the news is Friday's talks, not Thursday's arrival.
    [InlineData("Deal signed\n\nNEW DELHI, Oct 5 (Wire) - India concluded a contract on Friday to buy air defence systems from Russia. President Vladimir Putin arrived on Thursday evening. The US passed a sanctions law after the 2016 election.", "2018-10-05")]
    // 12 March 2025 was a Wednesday, 2026 a Thursday: Wednesday's call is behind Thursday's news.
    [InlineData("Call\n\nMOSCOW, Mar 12 (Wire) - Officials on Thursday described the call the two leaders held on Wednesday. Trade fell in 2024.", "2026-03-12")]
    public void The_dateline_falls_on_the_day_of_the_news(string text, string asOf)
    {
        Assert.Equal(asOf, InferredAsOfTests.AsOfOf(text).Value?.ToString());
    }
}

/// <summary>An anniversary story counts its years from a date it gives: it was written that date the years on.</summary>
public sealed class AnniversaryAsOfTests
{
    private static Records.AsOfDate AsOfOf(string text) => InferredAsOfTests.AsOfOf(text);

    [Theory]
    [InlineData("Twenty-five years ago today, on October 3, 2000, Vajpayee and Putin signed the Declaration on Strategic Partnership.", "2025-10-03")]
    [InlineData("A decade ago this week, on 24 December 2015, Modi and Putin signed the helicopter agreement in Moscow.", "2025-12-24")]
    [InlineData("Ten years ago this month, in October 2016, the leaders met in Goa.", "2026-10")]
    public void The_years_counted_from_the_date_it_gives_date_the_story(string opening, string asOf)
    {
        var parsed = AsOfOf("An anniversary\n\n" + opening + " The partnership has since grown.");

        Assert.Equal((asOf, AsOfExtractor.CountedFromAnAnniversary), (parsed.Value?.ToString(), parsed.Basis));
    }

    [Theory]
    [InlineData("Forty-four years ago today: Soviet troops into Afghanistan\n\nOn December 24, 1979, the Soviet Union began airlifting troops into Afghanistan.", "2023-12-24")]
    [InlineData("Twenty-four years ago today: IC-814\n\nIndian Airlines flight IC-814 was hijacked on this day in 1999 and flown to Kandahar.", "2023")]
    public void A_heading_that_counts_years_back_from_today_over_a_dated_section_dates_the_story(string section, string asOf)
    {
        var parsed = AsOfOf("THIS DAY, THAT YEAR\n\nA weekly look back at the events that fell on this date.\n\n" + section);

        Assert.Equal((asOf, AsOfExtractor.CountedFromAnAnniversary), (parsed.Value?.ToString(), parsed.Basis));
    }

    [Fact]
    public void Years_ago_without_today_or_this_week_are_too_loose_to_date_the_story()
    {
        var parsed = AsOfOf("An anniversary\n\nTwenty-five years ago, on October 3, 2000, Vajpayee and Putin signed the Declaration on Strategic Partnership.");

        Assert.NotEqual(AsOfExtractor.CountedFromAnAnniversary, parsed.Basis);
    }
}

/// <summary>A day without its year given with its weekday, as a line of its own or a dateline: the year is the one in which they agree.</summary>
public sealed class WeekdayOfAYearlessDateLineTests
{
    [Theory]
    // 4 December 2025 was a Thursday; 2026's is a Friday.
    [InlineData("Markets end lower\n\nMumbai, Thursday, Dec. 4\n\nShares fell. Trade was $68 billion in 2024-25.", "2025-12-04")]
    [InlineData("Markets end lower\n\nMumbai, Thursday, Dec. 4: Shares fell for a second day on the news. Trade was $68 billion in 2024-25.", "2025-12-04")]
    // 9 July 2024 was a Tuesday; 2025's a Wednesday.
    [InlineData("Visit ends\n\nMoscow, Tuesday, July 9\n\nThe talks went on for hours. The last summit was held in 2021 and trade fell in 2023.", "2024-07-09")]
    [InlineData("Visit ends\n\nWednesday, July 9 | Moscow\n\nThe talks went on for hours. The last summit was held in 2021 and trade fell in 2023.", "2025-07-09")]
    public void The_year_is_the_first_in_which_the_day_falls_on_its_weekday(string text, string asOf)
    {
        Assert.Equal(asOf, InferredAsOfTests.AsOfOf(text).Value?.ToString());
    }
}
