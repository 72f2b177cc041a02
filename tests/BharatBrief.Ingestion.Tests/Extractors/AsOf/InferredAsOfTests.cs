namespace BharatBrief.Ingestion.Tests.Extractors.AsOf;

/// <summary>Articles that carry no full date: the year comes from what they report, or the article stays undated.</summary>
public sealed class InferredAsOfTests
{
    internal static Records.AsOfDate AsOfOf(string text) =>
        ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, "story.txt")).AsOf;

    [Theory]
    // 24 June 2022 was a Friday; the story reports the 2021 summit, so the years 2021–2024 are candidates.
    [InlineData("Ties steady\n\nKAZAN, Jun 24 (Agency) - Modi and Putin on Friday spoke by phone. They last met in December 2021 in New Delhi.", "2022-06-24")]
    // 3 March 2025 was a Monday; the text reports events of 2024.
    [InlineData("Delegation in Moscow\n\nMOSCOW, Mar 3 - Officials on Monday reviewed the decisions the leaders took in July 2024.", "2025-03-03")]
    public void A_dateline_without_a_year_takes_the_year_whose_weekday_the_opening_names(string text, string asOf)
    {
        var parsed = AsOfOf(text);

        Assert.Equal(asOf, parsed.Value?.ToString());
        Assert.Contains("year inferred", parsed.Basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Parade without Modi\n\nModi will not attend the parade, the Kremlin said. The two leaders last met in December 2021. Five years ago, Modi accepted an invitation to the parade on May 9, 2020.", "2025")]
    // Counting back from a sentence that does not open with it, or to a bound of a period, says nothing of the story's year.
    [InlineData("Parade without Modi\n\nThe two leaders last met in December 2021. Modi accepted an invitation five years ago to the parade on May 9, 2020.", "2021-12")]
    [InlineData("Ties\n\nThe two leaders last met in December 2021. Five years ago, ties had been strong since 2014.", "2021-12")]
    public void A_sentence_that_counts_years_back_to_a_date_it_gives_dates_the_story_no_earlier_than_that_many_years_on(string text, string asOf)
    {
        var parsed = AsOfOf(text);

        Assert.Equal(asOf, parsed.Value?.ToString());
        Assert.True(parsed.IsLowerBound);
    }

    [Fact]
    public void A_stamp_without_a_year_takes_the_first_year_at_or_after_the_events_reported()
    {
        var parsed = AsOfOf("Summit put off\n\nLast updated: November 30, 10:05 IST\n\nThe two governments said the summit did not take place in 2022. Modi and Putin met in Samarkand in September 2022.");

        Assert.Equal("2022-11-30", parsed.Value?.ToString());
    }

    [Theory]
    // "In 2002" alone would allow 23 February 2002; the trip of 11 August 2002 has passed, so the next 23 February.
    [InlineData("Call reviews ties\n\nMOSCOW, February 23 (Agency) - Putin and Vajpayee spoke over the phone on February 23. The last summit took place in 2002. The call follows Putin's trip to New Delhi on 11 August 2002.", "2003-02-23")]
    [InlineData("Talks on trade\n\nNEW DELHI, Mar 2 - Modi and Putin held a phone call on March 2. The leaders met in Moscow on 8 July 2024 and spoke again later in 2024.", "2025-03-02")]
    // A forum's summit the story looks ahead to counts from its first day: "a day before" it is still its year.
    [InlineData("Deals in Goa\n\nGOA, Oct 15 (Wire) - India and Russia inked deals as Modi hosted Putin, a day before the BRICS summit in Goa. India holds the BRICS chair in 2016.", "2016-10-15")]
    // 1 July 2009 was a Wednesday, but the talks "on Wednesday" are still to come: they do not name the dateline's weekday.
    [InlineData("Medvedev in Delhi\n\nNEW DELHI, July 1 (PTI) - Manmohan Singh is holding talks with Dmitry Medvedev in New Delhi. The two leaders had a private dinner on 1 July and are expected to continue talks on Wednesday. Ministers met in Moscow on 29 May 2008.", "2008-07-01")]
    public void A_dateline_without_a_year_falls_on_or_after_the_latest_day_the_text_shows_to_have_passed(string text, string asOf) =>
        Assert.Equal(asOf, AsOfOf(text).Value?.ToString());

    [Fact]
    public void A_meeting_reported_as_today_does_not_make_the_latest_date_in_the_text_its_day()
    {
        // The latest date is another meeting's: "today" fits any date, so the story's own day stays unknown.
        var parsed = AsOfOf("Modi speaks to Putin\n\nKremlin spokesperson Dmitry Peskov said Putin and Modi spoke by phone today and discussed the bilateral agenda.\n\nThe previous annual summit took place in New Delhi in July 2021.\n\nTrade has grown.\n\nModi also met President Xi in Beijing on 23 April 2023.");

        Assert.Equal("2023-04-23", parsed.Value?.ToString());
        Assert.False(parsed.IsDateOfTheNews);
    }

    [Fact]
    public void A_dateline_without_a_year_in_a_text_that_reports_no_dated_event_leaves_the_article_undated()
    {
        var parsed = AsOfOf("Talks in Moscow\n\nMOSCOW, Oct 12 - Officials of the two countries met on Wednesday to discuss trade.");

        Assert.Null(parsed.Value);
    }

    [Theory]
    [InlineData("Explainer\n\nThe Desk | March 2024\n\nModi and Putin have met many times since 2000.", "2024-03")]
    [InlineData("Joint Statement\n\nThe leaders reviewed the partnership and agreed to meet again.\n\nThe leaders welcomed the trade figures.\n\nThey agreed on consultations.\n\nThey discussed energy.\n\nThey discussed space.\n\nNew Delhi\n21 December 2010", "2010-12-21")]
    public void A_byline_month_or_a_closing_signature_dates_the_article(string text, string asOf) =>
        Assert.Equal(asOf, AsOfOf(text).Value?.ToString());

    [Fact]
    public void A_forum_summit_named_with_its_host_city_dates_an_article_that_gives_no_date()
    {
        var parsed = AsOfOf("Analysis\n\nThe photographs from the BRICS summit in Kazan showed Modi and Putin laughing together.");

        // No earlier than the summit's last day: the article reports it.
        Assert.Equal("2024-10-24", parsed.Value?.ToString());
        Assert.True(parsed.IsLowerBound);
    }

    [Fact]
    public void A_forum_that_met_twice_in_a_city_dates_nothing_without_a_year()
    {
        Assert.Null(AsOfOf("Analysis\n\nAt the BRICS summit in Brasilia the leaders spoke of trade.").Value);
    }

    [Theory]
    // The SCO met in Bishkek in August 2007, September 2013 and June 2019: the month told with the summit says which.
    [InlineData("Analysis\n\nModi and Putin have met in Bishkek on the sidelines of the SCO summit in June, and twice since.", "2019-06-14")]
    [InlineData("Analysis\n\nModi and Putin met in Bishkek at the SCO summit held in September.", "2013-09-13")]
    public void A_month_told_with_the_summit_says_which_time_a_forum_met_in_a_city(string text, string asOf) =>
        Assert.Equal(asOf, AsOfOf(text).Value?.ToString());

    [Theory]
    // A month elsewhere in the sentence tells of another meeting; a month none of the times fell in names none.
    [InlineData("Analysis\n\nThey met in Bishkek at the SCO summit, and again in Vladivostok in September for the annual summit.")]
    [InlineData("Analysis\n\nAt the SCO summit in Bishkek in March, the leaders spoke.")]
    public void A_month_not_told_with_the_summit_dates_nothing(string text) =>
        Assert.Null(AsOfOf(text).Value);

    [Fact]
    public void A_weekday_with_a_day_names_its_year_among_the_few_after_the_other_events()
    {
        // 14 August 2023 was a Monday; the text also reports December 2021.
        var parsed = AsOfOf("Opinion\n\nThe leaders last met in December 2021. Putin told Modi in a call on Monday, August 14, that he had decided not to travel.");

        Assert.Equal("2023-08-14", parsed.Value?.ToString());
    }

    [Fact]
    public void An_upcoming_day_called_by_its_own_weekday_dates_the_story_to_the_week_before_it()
    {
        // 9 May 2025 was a Friday: "Friday's parade" is the parade of May 9, so the story is written in the days before it.
        var parsed = AsOfOf("Call before the parade\n\nPutin telephoned Modi on Monday. The call came as Moscow prepares for Friday's parade; Modi, invited to the celebrations on May 9, will not attend. The leaders last met in Kazan in October 2024.");

        Assert.Equal("2025-05-08", parsed.Value?.ToString());
        Assert.False(parsed.IsLowerBound);
    }

    [Fact]
    public void An_upcoming_day_whose_weekday_the_story_does_not_name_dates_it_only_to_the_weeks_before()
    {
        // 9 May 2025 was a Friday; the story names Thursday, not the day's own weekday.
        var parsed = AsOfOf("Preparations\n\nOfficials met on Thursday. Modi is invited to the celebrations on May 9 in Moscow. The leaders last met in Kazan in October 2024.");

        Assert.Equal("2025-04", parsed.Value?.ToString());
    }

    [Theory]
    [InlineData("Putin to visit India\n\nThe last Putin-Singh summit took place in 2006. President Putin is set to arrive in New Delhi on August 19.", "2007-08")]
    [InlineData("Putin to visit India\n\nThe previous annual summit was held in Moscow in July 2024. Putin will arrive in New Delhi on December 4 for talks with Modi.", "2025-11")]
    // A forum's summit is not the annual series: Kazan in October follows Moscow in July of the same year.
    [InlineData("Modi to Kazan\n\nThe last summit took place in Moscow in July 2024. Modi will travel to Kazan on October 22 for the BRICS summit.", "2024-10")]
    public void A_visit_announced_after_the_last_summit_of_a_year_is_in_a_later_year(string text, string asOf)
    {
        Assert.Equal(asOf, AsOfOf(text).Value?.ToString());
    }
}
