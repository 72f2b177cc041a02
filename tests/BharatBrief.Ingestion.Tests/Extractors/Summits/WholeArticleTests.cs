using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Summits;

/// <summary>Reading an article as a whole: which of its sentences speak of one meeting, and which speak of none.</summary>
public sealed class WholeArticleTests
{
    private static IReadOnlyList<SummitMention> SummitsOf(string text, string? published = "2025-06-15")
    {
        var source = new ArticleSource(published is null ? text : $"---\npublished: {published}\n---\n{text}", ArticleFormat.PlainText, "case.txt");
        return ArticlePipeline.Default.Parse(source).Summits;
    }

    [Fact]
    public void A_visit_and_the_numbered_summit_held_during_it_are_one_meeting_dated_by_the_summit_day()
    {
        var summits = SummitsOf(
            "Joint Statement on the 9th Annual Summit\n\nPresident Putin paid a state visit to India from 3 to 5 March 2009. The two leaders held the 9th Annual Summit in New Delhi on 4 March 2009.",
            "2009-03-06");

        var summit = Assert.Single(summits);
        Assert.Equal((9, "2009-03-04"), (summit.Ordinal, summit.Date?.Resolved?.Start.ToString()));
    }

    [Theory]
    [InlineData("On 24 February 2022 Russia invaded Ukraine. That night Modi spoke to Putin by telephone. India abstained at the United Nations. The two leaders spoke again on 2 March and 7 March.")]
    [InlineData("On 24 February 2022 Russia invaded Ukraine. Later that evening Modi called Putin. India abstained at the United Nations. Modi and Putin talked again on 2 March and on 7 March.")]
    [InlineData("Russia invaded Ukraine on 24 February 2022, and the same night Putin took a call from Modi. The two leaders spoke again on 2 March, and again on 7 March.")]
    [InlineData("Russia invaded Ukraine on 24 February 2022, and the same night Putin took a call from Modi. The two leaders spoke again on 2 March about Kharkiv and again on 7 March about Sumy.")]
    [InlineData("Russia invaded Ukraine on 24 February 2022, and the same night Putin took a call from Modi. The two leaders spoke again on 2 March over the evacuation of students, and on 7 March.")]
    public void That_night_is_the_day_the_story_stated_and_speaking_again_after_a_call_is_another_call(string story)
    {
        var calls = SummitsOf("India and Russia\n\n" + story, "2022-03-11").Where(summit => summit.Kind == SummitKind.PhoneCall)
            .Select(call => call.Date?.Resolved?.ToString()).Order().ToList();

        Assert.Equal(["2022-02-24", "2022-03-02", "2022-03-07"], calls);
    }

    [Theory]
    [InlineData("Modi met Putin in Samarkand on Friday. Was Xi Jinping there too? He was, and Putin met him on Thursday, a day before Modi.")]
    [InlineData("Modi met Putin in Samarkand on Friday. Xi Jinping also came. Putin met him on Thursday.")]
    public void Him_after_a_third_country_s_leader_is_that_leader(string story)
    {
        var summits = SummitsOf("Samarkand\n\n" + story, "2022-09-17");

        Assert.Equal("2022-09-16", Assert.Single(summits).Date?.Resolved?.Start.ToString());
    }

    [Fact]
    public void An_unplaced_meeting_on_a_day_of_a_forum_s_summit_in_the_city_the_story_was_filed_from_is_on_its_sidelines()
    {
        var summits = SummitsOf(
            "Notebook: three days abroad\n\nBy our Special Correspondent | Samarkand | Sat 17 Sept 2022\n\nIt came yesterday afternoon, in the first minutes of Prime Minister Narendra Modi's meeting with President Vladimir Putin at the Congress Centre.",
            published: null);

        var summit = Assert.Single(summits);
        Assert.Equal(("Samarkand", "SCO", "2022-09-16"), (summit.City, summit.Forum, summit.Date?.Resolved?.Start.ToString()));
    }

    [Fact]
    public void An_unplaced_meeting_filed_from_abroad_on_no_forum_s_day_stays_unplaced()
    {
        var summits = SummitsOf(
            "Notebook: a week abroad\n\nBy our Special Correspondent | Samarkand | Sat 17 Sept 2022\n\nPrime Minister Narendra Modi met President Vladimir Putin on 2 September.",
            published: null);

        Assert.Null(Assert.Single(summits).City);
    }

    [Fact]
    public void A_date_alone_opening_a_caption_dates_the_meeting_the_caption_tells_of()
    {
        var summits = SummitsOf(
            "In pictures: the leaders over the years\n\nImage 1 of 2\nDecember 2002. Putin and Vajpayee at the end of their talks in New Delhi.\n\nImage 2 of 2\nDecember 11, 2014. Putin's first summit with Narendra Modi, at Hyderabad House.",
            "2025-12-04");

        Assert.Equal(["2002-12", "2014-12-11"], summits.Select(summit => summit.Date?.Resolved?.Start.ToString()).Order());
    }

    [Theory]
    [InlineData("- Telephone conversations on 24 February, 2 March, 7 March and 1 July 2022.")]
    [InlineData("- The leaders held phone calls on 24 February, 2 March, 7 March and 1 July 2022.")]
    public void Every_day_listed_after_a_plural_is_an_occurrence_in_the_year_the_list_ends_with(string entry)
    {
        var calls = SummitsOf($"Meetings between the leaders\n\nConversations between the Prime Minister and President Putin in 2022 were as follows:\n\n{entry}", "2022-12-09")
            .Where(summit => summit.Kind == SummitKind.PhoneCall).Select(call => call.Date?.Resolved?.ToString()).Order();

        Assert.Equal(["2022-02-24", "2022-03-02", "2022-03-07", "2022-07-01"], calls);
    }

    [Fact]
    public void A_numbered_summit_under_a_year_heading_is_the_summit_of_that_number_not_the_last_meeting_of_the_year()
    {
        var summits = SummitsOf(
            "Meetings between the leaders\n\nMeetings of the Prime Minister and President Putin are as follows:\n\n2021\n- Visit of the President of the Russian Federation to New Delhi, 6 December 2021, for the 21st India-Russia Annual Summit.\n\n2022\n- Meeting on the margins of the SCO Summit, Samarkand, 16 September 2022.\n\n(b) During the 21st Annual Summit, 28 agreements and MoUs were signed.",
            "2022-12-09");

        Assert.Equal([("New Delhi", (int?)21), ("Samarkand", null)], summits.Select(summit => (summit.City, summit.Ordinal)).OrderBy(pair => pair.City));
    }

    [Theory]
    [InlineData("In 2023 Putin took part in the SCO summit by video and did not travel to the G20 summit in New Delhi in September, where Russia was represented by Foreign Minister Lavrov.")]
    [InlineData("Putin told Modi he would not be able to travel to New Delhi for the G20 Summit. The G20 Leaders' Summit was held in New Delhi on 9-10 September. Foreign Minister Lavrov led the Russian delegation.")]
    public void A_forum_s_summit_a_leader_stayed_away_from_is_no_meeting_of_the_two(string story)
    {
        var summits = SummitsOf("India and Russia in 2023\n\n" + story, "2023-12-29");

        Assert.DoesNotContain(summits, summit => summit.Forum == "G20");
    }

    [Fact]
    public void A_leader_s_absence_from_one_summit_of_a_forum_leaves_its_other_summits()
    {
        var summits = SummitsOf(
            "India and Russia\n\nPutin did not travel to the BRICS summit in Johannesburg in August 2023. Modi met Putin at the BRICS summit in Kazan on 22 October 2024.",
            "2024-12-01");

        Assert.Equal("Kazan", Assert.Single(summits).City);
    }

    [Fact]
    public void A_call_that_has_just_happened_happened_on_the_story_s_day()
    {
        var summits = SummitsOf(
            "Thread: India and the invasion\n\n1/3 [08:47] Russia has begun a military operation in Ukraine.\n\n2/3 [22:41] BREAKING: PM Modi has just spoken to President Putin by phone, PMO says.",
            "2022-02-24");

        Assert.Equal("2022-02-24", Assert.Single(summits).Date?.Resolved?.Start.ToString());
    }

    [Fact]
    public void The_lead_s_undated_call_is_the_day_s_news_and_a_call_months_before_is_another()
    {
        var summits = SummitsOf(
            "Putin, Modi discuss partnership by phone\n\nMOSCOW, March 20. /TASS/. Russian President Vladimir Putin has had a telephone conversation with Indian Prime Minister Narendra Modi, the Kremlin press service reported on Wednesday.\n\nModi congratulated Putin on his victory in the presidential election held on March 15-17, 2024.\n\nThe two leaders spoke by phone on August 28, 2023, when Putin said he would not attend the G20 summit.",
            published: null);

        Assert.Equal(["2023-08-28", "2024-03-20"], summits.Where(summit => summit.Kind == SummitKind.PhoneCall).Select(call => call.Date?.Resolved?.Start.ToString()).Order());
    }

    [Fact]
    public void A_caption_s_own_date_keeps_its_meeting_apart_from_another_of_the_same_number()
    {
        var summits = SummitsOf(
            "In pictures: Putin in India\n\nImage 1 of 2\nOctober 2000. Putin and Vajpayee at Hyderabad House. The visit became, in hindsight, the first annual summit.\n\nImage 2 of 2\nDecember 2004. Putin with Prime Minister Manmohan Singh, whom he was meeting in Delhi for the first annual summit of Singh's tenure.",
            "2025-12-04");

        Assert.Equal(["2000-10", "2004-12"], summits.Select(summit => summit.Date?.Resolved?.Start.ToString()).Order());
    }

    [Fact]
    public void Him_after_the_other_side_s_leader_is_that_leader()
    {
        var summits = SummitsOf("Samarkand\n\nModi arrived in Samarkand on Thursday. On Friday Putin met him on the sidelines of the SCO summit.", "2022-09-17");

        var summit = Assert.Single(summits);
        Assert.Equal(["Narendra Modi", "Vladimir Putin"], summit.Participants.Order());
    }

    [Fact]
    public void Rows_of_a_table_under_a_heading_that_names_both_leaders_are_their_meetings()
    {
        var text = "Sideline meetings\n\n## Modi and Putin at the big summits\n\nA reference list of the in-person meetings.\n\n"
            + "| Date | Place | Occasion | Notes |\n|---|---|---|---|\n"
            + "| 10 Jul 2015 | Ufa, Russia | BRICS summit | Bilateral talks on trade |\n"
            + "| 14 Jun 2019 | Bishkek, Kyrgyzstan | SCO summit | Bilateral on the sidelines |\n"
            + "| 9 Sep 2023 | New Delhi, India | G20 summit | No meeting: Putin stayed away |\n";
        var cities = SummitsOf(text, "2025-09-02").Select(summit => summit.City).Order().ToList();

        Assert.Equal(["Bishkek", "Ufa"], cities);
    }

    [Fact]
    public void A_target_year_in_a_row_of_the_leaders_table_dates_no_meeting()
    {
        var text = "Desk notes\n\nModi and Putin spoke by phone on Friday.\n\n| Figure | Value |\n|---|---|\n"
            + "| Bilateral trade target for 2030, set at the Moscow summit | $100 billion |\n";

        Assert.DoesNotContain(SummitsOf(text, "2025-08-11"), summit => summit.Date?.Resolved?.Start.Year == 2030);
    }

    [Fact]
    public void Rows_of_a_table_under_a_heading_that_names_no_leader_are_not_their_meetings()
    {
        var text = "Forum calendar\n\n## Where the big summits met\n\nA reference list of host cities.\n\n"
            + "| Date | Place | Occasion | Notes |\n|---|---|---|---|\n"
            + "| 10 Jul 2015 | Ufa, Russia | BRICS summit | Talks on trade |\n"
            + "| 14 Jun 2019 | Bishkek, Kyrgyzstan | SCO summit | Met on the sidelines |\n";

        Assert.Empty(SummitsOf(text, "2025-09-02"));
    }

    [Fact]
    public void That_night_without_a_day_stated_before_gives_the_call_no_day_of_the_story()
    {
        var summits = SummitsOf("India and Russia\n\nRussia invaded Ukraine in February 2022. That night Modi spoke to Putin by telephone.", "2022-03-11");

        Assert.DoesNotContain("2022-02-", Assert.Single(summits).Date?.Resolved?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_that_opens_with_a_place_and_a_date_gives_them_to_the_meeting_it_shows()
    {
        var summits = SummitsOf(
            "In pictures: Russian leaders in Delhi\n\nPutin will arrive in New Delhi on Thursday for the annual summit with Modi.\n\n"
            + "1. New Delhi, December 24, 2012. Putin's one-day visit for the 13th annual summit. Contracts were signed while he was in town.\n\n"
            + "2. Zvezda shipyard, near Vladivostok, September 2019. Modi and Putin tour the shipyard on the day of the summit.\n\n"
            + "3. Hyderabad House, December 6, 2021. A masked Putin on a visit of barely six hours.",
            "2025-12-02");

        Assert.Contains(summits, summit => summit.Ordinal == 13 && summit.City == "New Delhi" && summit.Date?.Resolved?.ToString() == "2012-12-24");
        Assert.Contains(summits, summit => summit.City == "Vladivostok" && summit.Date?.Resolved?.ToString() == "2019-09");
        Assert.Contains(summits, summit => summit.Date?.Resolved?.ToString() == "2021-12-06");
        Assert.Contains(summits, summit => summit.Status == SummitStatus.Planned && summit.Date?.Resolved?.ToString() == "2025-12-04");
    }

    [Fact]
    public void A_remark_about_the_meeting_in_the_future_paragraphs_after_held_meetings_does_not_make_one_of_them_planned()
    {
        var summits = SummitsOf(
            "India and Russia\n\nPrime Minister Narendra Modi met President Vladimir Putin on the sidelines of the BRICS summit in New Delhi on Monday.\n\n"
            + "Putin's visit to New Delhi on July 28 was his first in several years.\n\nTrade has grown. Energy dominates it.\n\n"
            + "The meeting will be closely watched globally as a test of India's strategic autonomy policy.",
            "2026-10-06");

        var visit = Assert.Single(summits, summit => summit.Kind != SummitKind.Multilateral);
        Assert.Equal((SummitStatus.Held, "2026-07-28"), (visit.Status, visit.Date?.Resolved?.Start.ToString()));
    }

    [Theory]
    // Among calls, the two leaders deliberating on a date is another call.
    [InlineData("India and Russia\n\nModi spoke to Putin on February 24 about Ukraine. On July 1 the two leaders reviewed what had been agreed during Putin's visit to Delhi in December 2021.", "phone-call 2022-07-01")]
    [InlineData("India and Russia\n\nModi and Putin held talks in Moscow in March. On July 1 the two leaders also discussed fertiliser supplies.", "meeting 2022-07-01")]
    // Officials deliberating over what the leaders agreed is no meeting of the leaders.
    [InlineData("India and Russia\n\nModi and Putin held talks in Moscow in March. On July 1 officials reviewed what the two leaders agreed.", null)]
    public void The_two_leaders_deliberating_on_a_date_is_a_meeting_of_theirs(string text, string? expected)
    {
        var summits = SummitsOf(text, "2022-12-20");

        var july = summits.Where(summit => summit.Date?.Resolved?.Start.ToString() == "2022-07-01")
            .Select(summit => $"{summit.Kind.ToSlug()} 2022-07-01").SingleOrDefault();
        Assert.Equal(expected, july);
    }

    [Fact]
    public void A_bare_summit_in_a_year_other_than_the_forum_summit_just_named_is_the_annual_summit()
    {
        var summits = SummitsOf(
            "India and Russia\n\nTIMELINE\nIn 2019, Modi goes to Vladivostok for the 20th summit and is chief guest at the Eastern Economic Forum.\n"
            + "In 2020, the summit is called off as the pandemic grounds leaders.\nIn 2021, Putin spends five hours in New Delhi for the 21st summit.",
            "2023-01-05");

        var cancelled = Assert.Single(summits, summit => summit.Status == SummitStatus.Cancelled);
        Assert.Equal((SummitKind.AnnualSummit, "2020"), (cancelled.Kind, cancelled.Date?.Resolved?.Start.ToString()));
    }

    [Theory]
    [InlineData("Putin's visit in 2000 was the India-Russia annual summit.", "2000", null)]
    [InlineData("Putin's visit in 2000 counts as the first India-Russia annual summit.", "2000", 1)]
    [InlineData("Twenty-five years ago today, on October 3, 2000, Vajpayee and Putin signed the Declaration on Strategic Partnership. Putin's visit that week counts as the first India-Russia annual summit.", "2000-10-03", 1)]
    public void A_visit_said_to_be_the_annual_summit_is_that_summit(string text, string date, int? ordinal)
    {
        var summit = Assert.Single(SummitsOf($"India and Russia\n\n{text}", "2025-10-03"));

        Assert.Equal((SummitKind.AnnualSummit, date, ordinal), (summit.Kind, summit.Date?.Resolved?.Start.ToString(), summit.Ordinal));
    }

    [Fact]
    public void The_first_summit_in_years_is_not_the_first_of_the_series()
    {
        var summit = Assert.Single(SummitsOf("India and Russia\n\nWhen Modi lands in Moscow on Monday for talks with Putin, it will be the first India-Russia annual summit in two and a half years.", "2024-07-05"));

        Assert.Null(summit.Ordinal);
    }

    [Theory]
    [InlineData("On October 3, 2000, Vajpayee and Putin held the first annual summit in New Delhi. Vajpayee went to Moscow in November the next year for the second summit.", "2001-11")]
    // No year stated before it: the narrative's year is not known, and neither is the meeting's.
    [InlineData("Vajpayee went to Moscow in November the next year for the second India-Russia annual summit with Putin.", null)]
    public void A_month_in_the_story_s_next_year_counts_from_the_year_the_narrative_last_stated(string text, string? expected)
    {
        var second = Assert.Single(SummitsOf($"India and Russia\n\n{text}", "2025-10-03"), summit => summit.Ordinal == 2);

        Assert.Equal(expected, second.Date?.Resolved?.Start.ToString());
    }

    private static IReadOnlyList<SummitMention> SummitsOfPlain(string text) =>
        ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, "case.txt")).Summits;

    [Fact]
    public void A_meeting_the_lead_reports_without_a_date_is_the_news_of_the_day_the_page_states()
    {
        var call = Assert.Single(SummitsOfPlain("Telephone conversation\n\nAugust 27, 2024, 17:20\n\nPresident Vladimir Putin had a telephone conversation with Prime Minister Narendra Modi. They discussed trade."));

        Assert.Equal((SummitKind.PhoneCall, "2024-08-27"), (call.Kind, call.Date?.Resolved?.Start.ToString()));
        Assert.Equal(BharatBrief.Ingestion.Merging.StoryDay.Text, call.Date?.Text);
    }

    [Theory]
    // The page states no date: nothing to take.
    [InlineData("Telephone conversation\n\nPresident Vladimir Putin had a telephone conversation with Prime Minister Narendra Modi. They discussed trade.")]
    // A meeting planned, or one recalled after the lead, is not the news of the day.
    [InlineData("Talks ahead\n\nAugust 27, 2024\n\nPresident Vladimir Putin will hold talks with Prime Minister Narendra Modi.")]
    [InlineData("Trade\n\nAugust 27, 2024\n\nOil imports rose again. Traders were busy. Refiners bought more. Prices fell. Modi and Putin met in Moscow, officials recalled.")]
    public void Without_a_stated_day_or_a_past_meeting_in_the_lead_no_day_is_taken(string text)
    {
        Assert.DoesNotContain(SummitsOfPlain(text), summit => summit.Date?.Text == BharatBrief.Ingestion.Merging.StoryDay.Text);
    }

    [Fact]
    public void A_date_before_an_invitation_is_the_invitation_s()
    {
        var summits = SummitsOfPlain("Note\n\nAugust 27, 2024\n\nIn July the President of Russia invited the Prime Minister of India to the BRICS summit to be held in Kazan on 22-24 October.");

        Assert.DoesNotContain(summits, summit => summit.Date?.Resolved?.Start.Month == 7);
    }

    [Fact]
    public void An_ordinal_without_a_noun_after_a_sentence_counting_calls_is_a_call()
    {
        var summits = SummitsOf(
            "A year on the telephone\n\nWhen Narendra Modi spoke to Vladimir Putin last month, the call was cordial. It was the fifth conversation of its kind this year. The first came on the night of February 24, when Modi appealed for an immediate cessation of violence.",
            "2023-01-10");

        var first = Assert.Single(summits, summit => summit.Date?.Resolved?.Start.ToString() == "2022-02-24");
        Assert.Equal((SummitKind.PhoneCall, (int?)null, "Narendra Modi, Vladimir Putin"), (first.Kind, first.Ordinal, string.Join(", ", first.Participants)));
        Assert.DoesNotContain(summits, summit => summit.Kind == SummitKind.AnnualSummit);
    }

    [Fact]
    public void Each_entry_of_a_list_of_contacts_is_a_meeting_of_the_two_leaders_the_article_is_about()
    {
        var summits = SummitsOf(
            "Every Modi–Putin contact of the year\n\n"
            + "The Prime Minister and the Russian President spoke often.\n\n"
            + "i. 24 February, phone. The President briefed the Prime Minister on the situation.\n\n"
            + "ii. 16 September, in person, Samarkand. They met on the sidelines of the forum.\n\n"
            + "iii. 16 December, phone. The Prime Minister outlined the priorities of India's presidency.",
            "2022-12-30");

        Assert.Equal(
            [("PhoneCall", "2022-02-24", (string?)null), ("Meeting", "2022-09-16", "Samarkand"), ("PhoneCall", "2022-12-16", null)],
            summits.OrderBy(summit => summit.Date?.Resolved?.Start.FirstDay).Select(summit => (summit.Kind.ToString(), summit.Date?.Resolved?.Start.ToString(), summit.City)));
        Assert.All(summits, summit => Assert.Equal((SummitStatus.Held, "Narendra Modi, Vladimir Putin"), (summit.Status, string.Join(", ", summit.Participants))));
    }

    [Theory]
    [InlineData("The ministers met twice.\n\ni. 24 February, phone. The President briefed the Prime Minister.")]
    [InlineData("Modi and Putin spoke often.\n\nOn 24 February, the phone lines were busy all day as the President briefed the Prime Minister on the situation.")]
    public void A_date_and_the_phone_name_no_meeting_outside_an_entry_head_or_without_the_two_leaders(string text)
    {
        Assert.DoesNotContain(SummitsOf(text, "2022-12-30"), summit => summit.Kind == SummitKind.PhoneCall && summit.Date?.Resolved?.Start.ToString() == "2022-02-24");
    }

    [Fact]
    public void In_an_article_about_india_and_russia_a_recalled_annual_summit_needs_no_names()
    {
        var summits = SummitsOf(
            "India and Russia keep their partnership alive despite Western pressure.\n\nThe previous annual summit, the 20th, took place in St Petersburg in early December 2024, where the two sides signed agreements on energy.");

        var summit = Assert.Single(summits);
        Assert.Equal((SummitKind.AnnualSummit, "St Petersburg", "2024-12"), (summit.Kind, summit.City, summit.Date?.Resolved?.Start.ToString()));
    }

    [Fact]
    public void An_annual_summit_beside_a_third_country_is_not_the_india_russia_series()
    {
        var summits = SummitsOf(
            "India and Russia keep their partnership alive.\n\nThe previous India-Japan annual summit took place in Tokyo in August 2024.");

        Assert.Empty(summits);
    }

    [Fact]
    public void A_meeting_set_against_the_main_one_with_since_is_an_earlier_meeting()
    {
        var summits = SummitsOf(
            "Prime Minister Narendra Modi hosted President Vladimir Putin in Goa on Saturday for the seventeenth annual summit.\n\nIt was the first summit between the two men since Modi's visit to Moscow last December.",
            "2016-10-16");

        Assert.Equal(2, summits.Count);
        Assert.Equal(("Goa", 17), (summits[0].City, summits[0].Ordinal));
        Assert.Equal(("Moscow", "2015-12"), (summits[1].City, summits[1].Date?.Resolved?.Start.ToString()));
    }

    [Fact]
    public void A_summit_that_opens_on_a_weekday_during_the_week_of_the_meeting_looks_ahead()
    {
        var summits = SummitsOf("Putin and Modi meet in New Delhi this week. The 23rd annual summit opens on Thursday evening and continues on Friday.", "2025-12-03");

        Assert.Equal("2025-12-04", Assert.Single(summits).Date?.Resolved?.Start.ToString());
    }

    [Fact]
    public void Talks_on_the_sidelines_of_a_summit_here_are_in_the_city_of_the_dateline()
    {
        var summits = SummitsOf(
            "Modi, Putin review ties on BRICS sidelines\n\nBrasilia, Nov 13 (PTI) Prime Minister Narendra Modi and Russian President Vladimir Putin on Wednesday held talks on the sidelines of the BRICS summit here, officials said.",
            "2019-11-13");

        var summit = Assert.Single(summits);
        Assert.Equal((SummitKind.Multilateral, "Brasilia"), (summit.Kind, summit.City));
    }

    [Fact]
    public void In_a_run_of_annual_summits_the_ordinal_alone_names_each()
    {
        var summits = SummitsOf(
            "Modi's own run began with the 15th India-Russia annual summit, in New Delhi in December 2014. The 16th took him to Moscow in December 2015. The 17th, in Goa in 2016, produced the S-400 agreement; the 18th, in St Petersburg in 2017, gave Kudankulam two units.",
            "2024-01-10");

        Assert.Equal(
            [(15, "New Delhi", "2014-12"), (16, "Moscow", "2015-12"), (17, "Goa", "2016"), (18, "St Petersburg", "2017")],
            summits.Select(summit => (summit.Ordinal ?? 0, summit.City ?? "", summit.Date?.Resolved?.Start.ToString() ?? "")).ToArray());
    }

    [Theory]
    [InlineData("India and Russia keep close ties. The annual summit was held in Moscow in July 2024. He finished 16th, in the race.")]
    [InlineData("India and Russia keep close ties. The annual summit was held in Moscow in July 2024. The visit fell on the 16th, a Monday.")]
    public void An_ordinal_that_ranks_or_dates_something_is_no_summit(string text)
    {
        Assert.Single(SummitsOf(text));
    }

    [Fact]
    public void A_bare_summit_paragraphs_after_a_forum_summit_is_that_forum_summit()
    {
        var summits = SummitsOf(
            "Modi meets Xi in Tianjin\n\nModi and Xi met on the sidelines of the SCO summit in Tianjin on Sunday.\n\nTrade was discussed at length.\n\nTariffs came up too.\n\nModi is due to hold talks with Russian President Vladimir Putin on Monday after the summit's main session.",
            "2025-08-31");

        Assert.DoesNotContain(summits, summit => summit.Kind == SummitKind.AnnualSummit);
        Assert.Contains(summits, summit => summit.Kind == SummitKind.Multilateral && summit.City == "Tianjin" && summit.Participants.Contains("Vladimir Putin"));
    }

    [Theory]
    [InlineData("The previous annual summit was held in Moscow in 2014.")]
    [InlineData("The 12th summit was held in Moscow in 2014.")]
    public void A_meeting_at_a_leaders_forum_is_not_the_annual_summit_held_in_its_city_that_year(string recalled)
    {
        var summits = SummitsOf(
            "Modi meets Putin\n\nPrime Minister Narendra Modi met President Vladimir Putin on the sidelines of the BRICS summit in Moscow on October 13, officials said.\n\nThe two leaders discussed trade. " + recalled,
            "2014-10-14");

        Assert.Contains(summits, summit => summit.Forum == "BRICS" && summit.Date?.Resolved?.Start.ToString() == "2014-10-13");
        Assert.Contains(summits, summit => summit.Kind == SummitKind.AnnualSummit && summit.Forum is null && summit.City == "Moscow");
    }

    [Theory]
    [InlineData("Cannes", "G20")]
    [InlineData("Durban", "BRICS")]
    [InlineData("Hangzhou", "G20")]
    public void A_meeting_at_a_forum_summit_abroad_is_placed_in_the_forums_city_not_at_the_dateline(string city, string forum)
    {
        var summits = SummitsOf(
            $"Singh and Putin meet\n\nNew Delhi, Nov 9: As the {forum} summit got under way in {city} on Friday, Prime Minister Manmohan Singh and President Vladimir Putin sat down for a bilateral meeting away from the plenary.",
            "2012-11-09");

        Assert.Contains(summits, summit => summit.City == city && summit.Kind == SummitKind.Multilateral
            && summit.Date?.Resolved?.Start.ToString() == "2012-11-09");
        Assert.DoesNotContain(summits, summit => summit.City == "New Delhi");
    }

    [Fact]
    public void A_bare_summit_with_a_date_is_not_the_annual_one_only_because_the_article_names_both_countries()
    {
        var summits = SummitsOf("India and Russia keep close ties.\n\nXi will host the leaders at a banquet on Sunday, and the summit's plenary session is on Monday.");

        Assert.Empty(summits);
    }

    [Fact]
    public void Their_conversation_by_telephone_is_a_call_of_the_two_leaders_last_named()
    {
        var summits = SummitsOf(
            "Modi meets Putin in Samarkand\n\nModi and Putin met in Samarkand on Friday. They have since kept in contact by telephone; their most recent conversation took place on July 1.",
            "2022-09-16");

        Assert.Contains(summits, summit => summit.Kind == SummitKind.PhoneCall && summit.Date?.Resolved?.Start.ToString() == "2022-07-01"
            && summit.Participants.Contains("Narendra Modi") && summit.Participants.Contains("Vladimir Putin"));
    }

    [Fact]
    public void Their_meeting_after_a_third_leader_is_not_an_india_russia_meeting()
    {
        var summits = SummitsOf("Putin was in Beijing last week. Modi and Xi Jinping met in Tianjin on Sunday; their previous meeting was in Kazan in October 2024.", "2025-08-31");

        Assert.DoesNotContain(summits, summit => summit.City == "Kazan");
    }

    [Fact]
    public void A_leader_who_sends_a_message_through_a_minister_does_not_meet_the_host()
    {
        var summits = SummitsOf("The foreign minister was received by President Vladimir Putin in the Kremlin on Tuesday and handed over a letter from Prime Minister Narendra Modi.");

        Assert.Empty(summits);
    }

    [Theory]
    [InlineData("The two governments should hold the annual summit between Modi and Putin in Moscow.")]
    [InlineData("Analysts say Modi and Putin could meet in Moscow to ease the strain.")]
    public void A_meeting_wished_for_or_imagined_is_none(string sentence) => Assert.Empty(SummitsOf(sentence));

    [Fact]
    public void A_date_after_a_verb_of_saying_dates_the_statement_not_the_meeting()
    {
        var summit = Assert.Single(SummitsOf("The ministry announced on Friday that the annual summit between Modi and Putin would be held in New Delhi in December."));

        Assert.Equal("2025-12", summit.Date?.Resolved?.Start.ToString());
    }

    [Fact]
    public void A_meeting_on_the_sidelines_of_a_forum_summit_takes_the_forum_summit_dates()
    {
        var summit = Assert.Single(SummitsOf("Modi met Putin on the sidelines of the SCO summit in Samarkand.", "2022-09-20"));

        Assert.Equal(("2022-09-15", "Samarkand"), (summit.Date?.Resolved?.Start.ToString(), summit.City));
    }

    [Fact]
    public void A_phone_call_has_no_place_even_when_the_sentence_names_one()
    {
        var summit = Assert.Single(SummitsOf("Modi and Putin spoke by phone on Monday about the G20 summit in New Delhi."));

        Assert.Equal(SummitKind.PhoneCall, summit.Kind);
        Assert.Null(summit.City);
    }

    [Fact]
    public void The_summit_of_a_grouping_is_the_forum_summit_not_an_India_Russia_one()
    {
        var summits = SummitsOf("Modi hosted Putin in Goa on Saturday for the annual summit. India, which chairs BRICS this year, opens the grouping's summit on Sunday.", "2016-10-15");

        Assert.Single(summits);
    }

    [Fact]
    public void A_meeting_of_officials_the_leaders_speak_of_is_not_theirs()
    {
        Assert.Empty(SummitsOf("Putin tells Modi an intergovernmental commission meeting is planned in New Delhi in December."));
    }

    [Fact]
    public void The_bare_summit_after_a_forum_summit_named_with_its_city_is_that_forum_summit()
    {
        var summit = Assert.Single(SummitsOf(
            "The pictures from the SCO summit in Astana told the story. Modi and Putin walked together from the summit venue on Thursday.",
            "2024-07-10"));

        Assert.Equal(("SCO", "Astana"), (summit.Forum, summit.City));
    }

    [Fact]
    public void A_bilateral_on_a_day_of_the_forum_summit_is_the_meeting_on_its_sidelines()
    {
        var summits = SummitsOf(
            "Modi is in Kazan for the BRICS summit hosted by Putin.\n\nModi held a bilateral meeting with Putin on Tuesday and spoke of trade.",
            "2024-10-23");

        var summit = Assert.Single(summits);
        Assert.Equal(("BRICS", "2024-10-22"), (summit.Forum, summit.Date?.Resolved?.Start.ToString()));
    }

    [Fact]
    public void A_plan_told_in_the_past_perfect_names_a_day_before_the_story()
    {
        var summits = SummitsOf("Modi had accepted an invitation to visit Moscow on May 9 to meet Putin, but the trip was called off.", "2020-12-24");

        Assert.NotEmpty(summits);
        Assert.All(summits, summit => Assert.Equal("2020-05-09", summit.Date?.Resolved?.Start.ToString()));
    }

    [Fact]
    public void Calls_numbered_after_the_article_counts_them_are_between_the_leaders_it_named()
    {
        var summits = SummitsOf("""
            Narendra Modi and Vladimir Putin have spoken by telephone three times this month.

            The first call was on the 3rd; Putin briefed Modi on his talks in Istanbul. The second call took place on the 12th.
            """, published: "2025-05-20");

        Assert.Equal(["2025-05-03", "2025-05-12"], summits.Where(s => s.Kind == SummitKind.PhoneCall && s.Date?.Resolved is not null)
            .Select(s => s.Date!.Resolved!.ToString()).Order());
        Assert.All(summits, s => Assert.Equal(["Narendra Modi", "Vladimir Putin"], s.Participants.Order()));
    }

    [Fact]
    public void A_diary_s_day_headings_date_their_entries_whatever_the_entry_s_tense()
    {
        var summits = SummitsOf("""
            WEEK AHEAD
            Compiled Saturday, 1 March 2025

            What is coming up in diplomacy this week.

            MONDAY 3
            Parliament sits.

            WEDNESDAY 5
            Moscow: Prime Minister Narendra Modi holds talks with President Vladimir Putin at the Kremlin.
            """, published: null);

        var summit = Assert.Single(summits);
        Assert.Equal(("2025-03-05", "Moscow"), (summit.Date?.Resolved?.ToString(), summit.City));
    }

    [Fact]
    public void Days_between_two_ordinals_are_days_of_the_month_not_summits()
    {
        var summits = SummitsOf("""
            The India-Russia annual summit was the 22nd.

            Between the 7th and the 21st, ministers visited Moscow twice, and Narendra Modi and Vladimir Putin spoke by phone.
            """, published: "2025-08-25");

        Assert.DoesNotContain(summits, s => s.Kind == SummitKind.AnnualSummit && s.Date?.Resolved?.Start.Year == 2025);
    }

    [Fact]
    public void That_month_is_in_the_year_the_story_last_stated_not_the_latest_before_the_article()
    {
        var summits = SummitsOf("""
            Narendra Modi's first visit to Moscow as prime minister came at the end of 2015. He had already met Vladimir Putin that July in Ufa.
            """, published: "2018-03-01");

        Assert.Contains(summits, s => s.City == "Ufa" && s.Date?.Resolved?.ToString() == "2015-07");
    }

    [Fact]
    public void A_day_of_the_month_alone_is_in_the_month_its_sentence_stated_before_it()
    {
        var summits = SummitsOf("""
            Vladimir Putin came to New Delhi for the Independence Day reception on the 15th of August 2008, and the annual summit with Manmohan Singh was held the day before, on the 14th.
            """, published: "2012-05-01");

        Assert.Contains(summits, s => s.Kind == SummitKind.AnnualSummit && s.Date?.Resolved?.ToString() == "2008-08-14");
    }

    [Fact]
    public void A_leader_who_came_to_the_other_s_capital_visited_it()
    {
        var summit = Assert.Single(SummitsOf("Vladimir Putin came to New Delhi on 12 March 2010 for talks with Manmohan Singh.", published: "2012-05-01"));

        Assert.Equal((SummitKind.StateVisit, "New Delhi", "2010-03-12"), (summit.Kind, summit.City, summit.Date?.Resolved?.ToString()));
    }

    [Fact]
    public void A_list_of_meetings_under_a_line_naming_the_leaders_gives_each_entry_its_leaders_city_and_day()
    {
        var summits = SummitsOf("""
            Since 2018, Prime Minister Narendra Modi and President Vladimir Putin have met on the following occasions:

              i.   Informal summit, Sochi, 21 May 2018.
              ii.  Bilateral meeting on the margins of the X BRICS Summit, Johannesburg, 26 July 2018.
              iii. 19th India-Russia Annual Summit, New Delhi, 5 October 2018.
            """, published: "2019-01-10");

        Assert.Equal(["2018-05-21 Sochi", "2018-07-26 Johannesburg", "2018-10-05 New Delhi"],
            summits.Select(s => $"{s.Date?.Resolved} {s.City}").Order());
        Assert.All(summits, s => Assert.Equal(["Narendra Modi", "Vladimir Putin"], s.Participants.Order()));
    }

    [Fact]
    public void A_meeting_after_a_list_that_introduces_no_meetings_keeps_only_the_leaders_it_names()
    {
        var summits = SummitsOf("""
            The visit follows Putin's trip to New Delhi on August 11, 2002, where he held discussions with Vajpayee.

            Why India resists U.S. pressure:
            - Joint research in quantum technologies
            - Critical minerals

            Singh also met President Bush in Washington on September 3.
            """, published: "2004-09-30");

        Assert.DoesNotContain(summits, s => s.City == "Washington");
    }

    [Fact]
    public void The_rows_of_a_table_in_an_article_whose_title_names_both_leaders_are_their_meetings()
    {
        var summits = SummitsOf("""
            List of meetings between Narendra Modi and Vladimir Putin

            Contents
            1 In-person meetings
            2 See also

            1 In-person meetings

            Date                 | Location              | Occasion
            ---------------------+-----------------------+---------------------------
            21 May 2018          | Sochi, Russia         | Informal summit
            13 November 2019     | Brasilia, Brazil      | 11th BRICS summit (sidelines) |
            """, "2025-11-20");

        Assert.Equal(
            [("2018-05-21", "Sochi", SummitKind.InformalSummit), ("2019-11-13", "Brasilia", SummitKind.Multilateral)],
            summits.Select(summit => (summit.Date?.Resolved?.Start.ToString(), summit.City, summit.Kind)).Order());
    }

    [Theory]
    [InlineData("Putin last spoke to Prime Minister Narendra Modi by telephone in August, and the two leaders met in October at the BRICS summit in Kazan.")]
    [InlineData("Putin spoke to Prime Minister Narendra Modi by telephone in August, and they met in October in Kazan.")]
    public void A_meeting_after_and_with_a_subject_of_its_own_is_not_the_call_before_it(string sentence)
    {
        var summits = SummitsOf("Markets\n\n" + sentence, "2024-12-12");

        Assert.Equal(2, summits.Count);
        var call = Assert.Single(summits, summit => summit.Kind == SummitKind.PhoneCall);
        Assert.Equal("2024-08", call.Date?.Resolved?.Start.ToString());
        Assert.Equal("Kazan", summits.Single(summit => summit.Kind != SummitKind.PhoneCall).City);
    }

    [Fact]
    public void An_untensed_day_without_its_year_is_in_the_month_the_line_before_placed()
    {
        var summits = SummitsOf(
            "The Eurasia Desk: India and Russia\n\nPRIYA: That's the annual summit, December last year, when Putin flew in for a few hours.\n\nARKADY: Exactly, the twenty-first annual summit, on December 6th. That's when the rifle contract was signed.",
            "2022-09-17");

        var summit = Assert.Single(summits);
        Assert.Equal(("2021-12-06", SummitStatus.Held), (summit.Date?.Resolved?.Start.ToString(), summit.Status));
    }

    [Theory]
    [InlineData("February 24th. Modi called Putin that evening and appealed for a ceasefire.", "2022-02-24")]
    [InlineData("24 February. That night Modi spoke to Putin by telephone.", "2022-02-24")]
    public void That_evening_after_a_day_said_alone_is_that_day(string story, string expected)
    {
        var call = Assert.Single(SummitsOf("The Eurasia Desk\n\n" + story, "2022-09-17"));

        Assert.Equal(expected, call.Date?.Resolved?.Start.ToString());
    }

    [Theory]
    [InlineData("On July 1st there was a longer call where they reviewed trade.", "2022-07-01")]
    [InlineData("There were more calls in early March.", "2022-03")]
    [InlineData("Another call followed on July 1st.", "2022-07-01")]
    public void After_a_call_a_call_that_names_no_one_is_one_more_between_the_same_leaders(string sentence, string expected)
    {
        var calls = SummitsOf("The Eurasia Desk\n\nModi called Putin on 24 February. " + sentence, "2022-09-17");

        Assert.Equal(["2022-02-24", expected], calls.Select(call => call.Date?.Resolved?.Start.ToString()).Order());
        Assert.All(calls, call => Assert.Equal(SummitKind.PhoneCall, call.Kind));
    }

    [Theory]
    [InlineData("Modi met Putin on 24 February. On July 1st there was a longer call where they reviewed trade.")]
    [InlineData("Modi called Putin on 24 February. On July 1st there was a further call for peace from the UN.")]
    public void A_call_that_names_no_one_is_not_a_leaders_call_unless_a_call_came_before_and_it_is_a_telephone_call(string story)
    {
        Assert.Single(SummitsOf("The Eurasia Desk\n\n" + story, "2022-09-17"));
    }

    [Fact]
    public void Each_item_that_opens_with_its_day_under_a_heading_naming_calls_is_a_call()
    {
        var summits = SummitsOf("""
            List of meetings between Narendra Modi and Vladimir Putin

            Telephone conversations

            - 24 February 2022 – on the day of Russia's invasion of Ukraine; Modi appealed for a cessation of violence.
            - 16 December 2022 – Modi reiterated the call for dialogue and diplomacy.
            - 20 March 2024 – Modi congratulated Putin on his re-election.

            See also

            - 12 June 2024 – a list of trips abroad.
            """, "2025-11-20");

        Assert.Equal(["2022-02-24", "2022-12-16", "2024-03-20"], summits.Select(summit => summit.Date?.Resolved?.Start.ToString()).Order());
        Assert.All(summits, summit => Assert.Equal(SummitKind.PhoneCall, summit.Kind));
    }

    [Fact]
    public void A_month_placed_lines_before_does_not_give_a_later_untensed_day_its_year()
    {
        var summits = SummitsOf(
            "India and Russia\n\nModi and Putin met in Moscow in December 2019. The talks went well. Trade grew.\n\nModi–Putin summit: December 6th, New Delhi.",
            "2021-09-17");

        Assert.DoesNotContain(summits, summit => summit.Date?.Resolved?.Start.ToString() == "2019-12-06");
    }

    [Theory]
    [InlineData("Modi and Putin held the 17th annual summit in Goa on 15 October 2016, ahead of the BRICS summit.")]
    [InlineData("Modi and Putin held the annual summit in Goa on 15 October 2016, alongside the 8th BRICS summit.")]
    [InlineData("Date | Location | Occasion | Notes\n-----+----------+----------+------\n15 October 2016 | Goa, India | 17th annual summit | Held alongside the 8th BRICS summit. |")]
    public void A_forum_s_summit_named_only_to_say_when_another_meeting_was_held_is_no_meeting_of_its_own(string line)
    {
        var summit = Assert.Single(SummitsOf("Modi and Putin\n\n" + line, "2025-10-03"));

        Assert.Equal(("2016-10-15", "Goa"), (summit.Date?.Resolved?.Start.ToString(), summit.City));
        Assert.NotEqual(SummitKind.Multilateral, summit.Kind);
    }

    [Fact]
    public void A_visit_said_as_came_to_the_capital_is_there_each_time_it_is_repeated()
    {
        var summits = SummitsOf("Putin in India: a gallery\n\nPresident Dmitry Medvedev came to New Delhi in December 2008 and again in December 2010.", "2025-12-05");

        Assert.Equal([("2008-12", "New Delhi"), ("2010-12", "New Delhi")],
            summits.Select(summit => (summit.Date?.Resolved?.Start.ToString(), summit.City)).Order());
    }
}
