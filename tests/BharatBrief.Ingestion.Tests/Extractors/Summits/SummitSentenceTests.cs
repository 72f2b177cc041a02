using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Summits;

/// <summary>One-sentence stories: what the summit step makes of each way of reporting a meeting.</summary>
public sealed class SummitSentenceTests
{
    private static IReadOnlyList<SummitMention> SummitsOf(string text, string published = "2025-06-15")
    {
        var source = new ArticleSource($"---\npublished: {published}\n---\n{text}", ArticleFormat.PlainText, "case.txt");
        return ArticlePipeline.Default.Parse(source).Summits;
    }

    [Theory]
    [InlineData("Prime Minister Narendra Modi will visit Moscow next month for talks with President Vladimir Putin.", "planned")]
    [InlineData("Modi is expected to travel to Russia in July to meet Putin.", "planned")]
    [InlineData("Putin is due in New Delhi on Thursday for talks with Modi.", "planned")]
    [InlineData("Modi and Putin are due in Kazan next week for their bilateral meeting.", "planned")]
    [InlineData("Putin is set to arrive in New Delhi on December 4 for the annual summit.", "planned")]
    [InlineData("Putin has accepted an invitation from Modi to visit India.", "planned")]
    [InlineData("Modi and Putin held talks in Moscow on Monday.", "held")]
    [InlineData("Modi and Putin met in Kazan last year.", "held")]
    [InlineData("Modi visited Moscow in July 2024 and met Putin at the Kremlin.", "held")]
    [InlineData("Putin hosted Modi at his residence in Novo-Ogaryovo on Monday.", "held")]
    [InlineData("The annual summit between Modi and Putin in New Delhi was postponed.", "cancelled")]
    [InlineData("Modi called off his planned trip to Moscow to meet Putin.", "cancelled")]
    [InlineData("Modi and Putin, who meet regularly, held talks in Moscow on Monday.", "held")]
    [InlineData("The annual summit between Modi and Putin was not held in 2020 because of the pandemic.", "cancelled")]
    [InlineData("Modi did not travel to Moscow for the parade on May 9, where he was to meet Putin.", "cancelled")]
    [InlineData("Modi decided not to travel to Russia for the summit with Putin in October.", "cancelled")]
    [InlineData("The India-Russia annual summit with Modi and Putin did not take place last year.", "cancelled")]
    [InlineData("Modi's visit to Moscow for talks with Putin was pushed back to next year.", "cancelled")]
    [InlineData("Officials are laying the groundwork for a summit between Modi and Putin in Moscow.", "planned")]
    [InlineData("Officials are busy in preparation for the summit between Modi and Putin in Moscow in December.", "planned")]
    // "May" joined by a hyphen is the month, not the modal.
    [InlineData("Modi and Putin spoke over the phone in mid-May, the Kremlin said.", "held")]
    [InlineData("Putin hosted Modi at Novo-Ogaryovo in mid-May 2025.", "held")]
    // The verb after a relative clause between commas completes the meeting word's sentence.
    [InlineData("The annual summit between Modi and Putin, which was to be held in Moscow on June 29, has been postponed.", "cancelled")]
    [InlineData("The summit between Modi and Putin, which was held in Moscow in May, has set the tone for the year.", "held")]
    // A tense after "before" or "after" is its own clause's.
    [InlineData("Putin telephoned Modi on Monday to brief him on Alaska, hours before Trump was due to receive Zelenskyy at the White House.", "held")]
    // A postponement told in a relative clause is the clause's; the meeting was held after all.
    [InlineData("Putin, whose trip to India had been put off by eight weeks, held the 13th annual summit with Manmohan Singh in New Delhi on Monday.", "held")]
    // Looking forward to a meeting, or one "later this year", is a plan whatever the tense of the verb.
    [InlineData("Putin said he looked forward to receiving Modi in Moscow for the annual summit.", "planned")]
    [InlineData("Modi and Putin agreed to hold the annual summit in New Delhi later this year.", "planned")]
    // "as originally planned" compares with a plan; the verb tells the status.
    [InlineData("Putin took part in the SCO summit with Modi online, rather than in person as originally planned.", "held")]
    [InlineData("Modi and Putin held the annual summit in Moscow in July, a month later than initially scheduled.", "held")]
    public void Status_follows_the_tense_of_the_report(string sentence, string status)
    {
        var summit = Assert.Single(SummitsOf(sentence));
        Assert.Equal(status, summit.Status.ToSlug());
    }

    [Theory]
    [InlineData("Modi and Putin held the 22nd India-Russia annual summit in Moscow in July 2024.", "annual-summit")]
    [InlineData("Modi and Putin spoke over the phone on Tuesday about Ukraine.", "phone-call")]
    [InlineData("Modi called Putin on Tuesday to discuss Ukraine.", "phone-call")]
    [InlineData("Putin rang the Indian Prime Minister on Tuesday.", "phone-call")]
    [InlineData("Prime Minister Narendra Modi spoke on telephone with His Excellency Mr. Vladimir Putin, President of the Russian Federation, on Tuesday.", "phone-call")]
    [InlineData("On Tuesday, the President of Russia had a telephone conversation with the Prime Minister of the Republic of India.", "phone-call")]
    [InlineData("The Prime Minister spoke to President Putin on Tuesday.", "phone-call")]
    [InlineData("Modi and Putin had an informal meeting at Novo-Ogaryovo on Monday.", "informal-summit")]
    [InlineData("Modi met Putin on the sidelines of the G20 summit in Osaka in June 2019.", "multilateral")]
    [InlineData("Modi will attend the BRICS summit in Kazan in October 2024.", "multilateral")]
    [InlineData("Putin will pay a state visit to India in December.", "state-visit")]
    [InlineData("Modi and Putin met in Vladivostok in September 2019.", "meeting")]
    [InlineData("Prime Minister Putin received Prime Minister Manmohan Singh in Moscow in December 2009.", "meeting")]
    [InlineData("Foreign Minister Lavrov said Putin would visit New Delhi in December for talks with Modi.", "state-visit")]
    [InlineData("Prime Minister Narendra Modi and President Vladimir Putin held delegation-level talks in Vladivostok on Sunday.", "meeting")]
    [InlineData("Modi and Putin then held delegation level talks in Moscow on Monday.", "meeting")]
    public void Kind_comes_from_the_meeting_words(string sentence, string kind)
    {
        var summit = Assert.Single(SummitsOf(sentence));
        Assert.Equal(kind, summit.Kind.ToSlug());
    }

    [Theory]
    [InlineData("Modi visited Kyiv in August 2024 and met Ukrainian President Volodymyr Zelenskyy.")]
    [InlineData("External Affairs Minister S. Jaishankar met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday.")]
    [InlineData("Putin met Chinese President Xi Jinping in Beijing in May 2024.")]
    [InlineData("The leaders reaffirm their partnership through annual summits and regular calls.")]
    [InlineData("Modi attended the G20 summit in Rio de Janeiro in November 2024.")]
    [InlineData("Former Prime Minister Manmohan Singh met Putin in Moscow in 2019 to discuss a book.")]
    [InlineData("Modi did not meet Putin in Moscow last year.")]
    [InlineData("Modi and Putin say the SCO lets them meet often without the optics of a bilateral summit every time.")]
    [InlineData("Whenever Modi and Putin hold a summit in Moscow, a defence deal follows.")]
    [InlineData("Each one forces the bureaucracies in Moscow to clear files before Modi and Putin meet.")]
    [InlineData("The annual summit between Modi and Putin is a ritual with a purpose in Moscow and New Delhi alike.")]
    [InlineData("The summit of Modi and Putin remains an occasion for both capitals to clear their files by December.")]
    [InlineData("After Modi's visit to Kyiv, Putin and Modi said little.")]
    [InlineData("External Affairs Minister Pranab Mukherjee co-chaired a meeting of the Inter-Governmental Commission in Moscow on October 1, 2006.")]
    [InlineData("Chief Minister Narendra Modi held talks with officials in Moscow in November 2001.")]
    [InlineData("External Affairs Minister Yashwant Sinha met Foreign Minister Igor Ivanov in New Delhi in March 2003 to prepare the ground for the leaders' meeting.")]
    [InlineData("External Affairs Minister S. Jaishankar met Foreign Minister Sergei Lavrov in Moscow on 28 September to prepare the ground for the leaders' meeting.")]
    [InlineData("Foreign Minister Lavrov held talks with his Indian counterpart in New Delhi on Monday, paving the way for the summit between Modi and Putin.")]
    [InlineData("The foreign and defence ministers of India and Russia met in New Delhi on Monday.")]
    [InlineData("Putin received Defence Minister Rajnath Singh in the Kremlin on Tuesday.")]
    [InlineData("Russia's ambassador met Modi in New Delhi on Monday.")]
    [InlineData("National Security Adviser Ajit Doval held talks with Putin in Moscow on Thursday.")]
    [InlineData("Deputy Prime Minister Denis Manturov visited New Delhi in November.")]
    [InlineData("The two delegations held talks in New Delhi on Monday to prepare the visit of Putin.")]
    // Later the President, but a minister where his title says so.
    [InlineData("External Affairs Minister Pranab Mukherjee held talks with Putin in Moscow on 14 July.")]
    public void Meetings_without_both_sides_are_not_summits(string sentence)
    {
        Assert.Empty(SummitsOf(sentence));
    }

    [Fact]
    public void Place_comes_from_where_the_meeting_is_not_from_metonyms()
    {
        var summit = Assert.Single(SummitsOf(
            "Modi and Putin held talks aimed at deepening ties, underscoring New Delhi’s intent to keep its partnership with Moscow."));
        Assert.Null(summit.City);
    }

    [Theory]
    [InlineData("Modi and Putin reviewed the situation in Ukraine during their meeting on Tuesday.")]
    [InlineData("Modi and Putin discussed the conflict in Ukraine and the war in Gaza at their talks on Tuesday.")]
    [InlineData("Modi and Putin spoke about investment in Vladivostok when they met on Tuesday.")]
    public void A_place_a_topic_s_noun_governs_does_not_place_the_meeting(string sentence)
    {
        var summit = Assert.Single(SummitsOf(sentence, "2024-07-10"));
        Assert.Equal((null, null), (summit.City, summit.Country));
    }

    [Theory]
    [InlineData("The annual summit between Modi and Putin is scheduled in Moscow on September 12.", "Moscow")]
    [InlineData("India and Russia have postponed the annual summit of Modi and Putin that was planned for Chennai on 1 July.", "Chennai")]
    public void A_verb_of_planning_places_the_meeting_as_held_does(string sentence, string city)
    {
        var summit = Assert.Single(SummitsOf(sentence, published: "2025-06-01"));
        Assert.Equal(city, summit.City);
    }

    [Theory]
    [InlineData("The 21st summit between Modi and Putin was in New Delhi in December 2021.", "New Delhi", "2021-12")]
    [InlineData("The 2019 summit of Modi and Putin was in Vladivostok in September.", "Vladivostok", "2019-09")]
    [InlineData("New Delhi: the annual summit of Modi and Putin, on 4 December 2025.", "New Delhi", "2025-12-04")]
    public void A_copula_or_an_entry_label_places_the_meeting_and_a_named_year_dates_its_month(string sentence, string city, string date)
    {
        var summit = Assert.Single(SummitsOf(sentence, published: "2025-11-01"));
        Assert.Equal((city, date), (summit.City, summit.Date?.Resolved?.ToString()));
    }

    [Fact]
    public void A_summit_that_is_the_worry_of_a_city_is_not_placed_there()
    {
        var summit = Assert.Single(SummitsOf("The annual summit of Modi and Putin in December is the main worry in Kyiv.", published: "2025-11-01"));
        Assert.Null(summit.City);
    }

    [Fact]
    public void A_country_s_capital_named_by_its_adjective_is_that_city()
    {
        var summit = Assert.Single(SummitsOf("Modi and Putin met in the Uzbek capital on Friday on the sidelines of the summit.", published: "2022-09-17"));
        Assert.Equal("Tashkent", summit.City);
    }

    [Fact]
    public void Venue_gives_its_city()
    {
        var summit = Assert.Single(SummitsOf("The two leaders, Modi and Putin, had an informal meeting at Novo-Ogaryovo on Monday."));
        Assert.Equal(("Novo-Ogaryovo", "Moscow", "Russia"), (summit.Venue, summit.City, summit.Country));
    }

    [Fact]
    public void A_weekday_is_read_against_the_published_date()
    {
        var summit = Assert.Single(SummitsOf("Modi and Putin held talks in Moscow on Monday.", published: "2024-07-10"));
        Assert.Equal("2024-07-08", summit.Date?.Resolved?.ToString());
    }

    [Theory]
    [InlineData("No bilateral meeting between Modi and Putin was scheduled at the BRICS summit in Xiamen on 4 September 2017.")]
    [InlineData("No meeting between Modi and Putin is planned at the G20 summit in Bali on 15 November 2022.")]
    [InlineData("Officials said no talks between Putin and Modi were expected on the sidelines of the SCO summit in Astana in July 2024.")]
    public void A_forum_summit_that_is_only_the_setting_of_a_meeting_denied_is_no_meeting(string sentence)
    {
        Assert.Empty(SummitsOf(sentence));
    }

    [Theory]
    [InlineData("Modi and Putin spoke on 28 August about the war.", "phone-call", "2024-08-28")]
    [InlineData("Prime Minister Modi and President Putin talked again on Monday.", "phone-call", "2025-06-09")]
    [InlineData("Modi and Putin spoke in Kazan on 22 October 2024 before the plenary.", "meeting", "2024-10-22")]
    [InlineData("Modi has spoken to Putin on 2 March about the students in Sumy.", "phone-call", "2025-03-02")]
    [InlineData("Putin has spoken with Modi on 7 March, the Kremlin said.", "phone-call", "2025-03-07")]
    public void Two_leaders_who_spoke_on_a_day_had_a_conversation(string sentence, string kind, string date)
    {
        var summit = Assert.Single(SummitsOf(sentence));
        Assert.Equal((kind, date), (summit.Kind.ToSlug(), summit.Date?.Resolved?.ToString()));
    }

    [Theory]
    [InlineData("Modi spoke on 28 August about the war.")]
    [InlineData("Modi and Putin spoke at the plenary session on 28 August.")]
    [InlineData("Modi and Biden spoke on 28 August about trade.")]
    public void A_leader_speaking_alone_to_an_audience_or_with_a_third_country_is_no_conversation_of_the_two(string sentence)
    {
        Assert.Empty(SummitsOf(sentence));
    }

    [Fact]
    public void The_Prime_Minister_and_the_President_are_the_leaders_last_named()
    {
        var text = "A year of contacts\n\nPrime Minister Narendra Modi and President Vladimir Putin met in Moscow in July.\n\nThe Prime Minister and the President spoke by telephone on 28 August.";

        var call = Assert.Single(SummitsOf(text, published: "2025-12-01"), summit => summit.Kind == SummitKind.PhoneCall);
        Assert.Equal(["Narendra Modi", "Vladimir Putin"], call.Participants.Order());
    }

    [Theory]
    [InlineData("June\n\n- Prime Minister Narendra Modi and President Vladimir Putin held a telephone conversation on the 30th.", "2023-06-30")]
    [InlineData("August\n\n- Modi and Putin spoke by telephone on the 28th, and Putin said he would not travel to the summit.", "2023-08-28")]
    [InlineData("March 2023\n\nModi and Putin spoke on the phone on the 14th.", "2023-03-14")]
    public void A_day_of_the_month_alone_is_in_the_month_its_section_opened_with(string section, string date)
    {
        var text = "A year of contacts\n\nIndia and Russia kept in touch through the year at every level.\n\n" + section;

        var summit = Assert.Single(SummitsOf(text, published: "2023-12-29"));
        Assert.Equal(date, summit.Date?.Resolved?.ToString());
    }

    [Theory]
    // 4 December 2025 was a Thursday: a meeting that "takes place on Friday" is the next day's.
    [InlineData("The annual summit between Modi and Putin takes place on Friday at Hyderabad House.", "2025-12-05")]
    [InlineData("The talks between Modi and Putin are held on Friday in New Delhi.", "2025-12-05")]
    public void A_meeting_told_in_the_present_on_a_weekday_is_the_coming_one(string sentence, string date)
    {
        var summit = Assert.Single(SummitsOf(sentence, published: "2025-12-04"));
        Assert.Equal(("planned", date), (summit.Status.ToSlug(), summit.Date?.Resolved?.ToString()));
    }

    [Fact]
    public void The_weekday_of_a_plan_called_off_is_the_coming_one()
    {
        // 4 June 2018 was a Monday: the summit planned "for Saturday" was to meet on the 9th, not the 2nd.
        var summit = Assert.Single(SummitsOf("India and Russia have postponed the annual summit of Modi and Putin that was planned for Sochi on Saturday.", published: "2018-06-04"));
        Assert.Equal(("cancelled", "2018-06-09"), (summit.Status.ToSlug(), summit.Date?.Resolved?.ToString()));
    }

    [Fact]
    public void Talks_that_continue_are_the_meeting_already_told()
    {
        var summit = Assert.Single(SummitsOf("Modi and Putin had a private dinner in Moscow on Friday and are expected to continue talks on Saturday.", published: "2025-06-14"));
        Assert.Equal("2025-06-13", summit.Date?.Resolved?.ToString());
    }

    [Fact]
    public void A_two_day_visit_spans_two_days()
    {
        var summit = Assert.Single(SummitsOf("Putin will arrive in New Delhi on 4 December 2025 for a two-day visit to meet Modi."));
        Assert.Equal("2025-12-04/2025-12-05", summit.Date?.Resolved?.ToString());
    }

    [Fact]
    public void Pronouns_and_the_two_leaders_name_the_participants()
    {
        var summits = SummitsOf("Modi arrived in Moscow on Monday. Putin welcomed him at the Kremlin. The two leaders held talks on trade.");
        var summit = Assert.Single(summits);
        Assert.Equal(["Narendra Modi", "Vladimir Putin"], summit.Participants);
        Assert.Equal(3, summit.Evidence.Count);
    }

    [Fact]
    public void The_last_summit_is_a_claim_that_later_sources_can_contradict()
    {
        var summit = Assert.Single(SummitsOf("The last Modi–Putin summit took place in 2021."));
        Assert.True(summit.ClaimsLatest);
        Assert.Equal("2021", summit.Date?.Resolved?.ToString());
    }

    [Fact]
    public void A_bare_reference_joins_the_meeting_named_before_it()
    {
        var summits = SummitsOf("Putin will visit India in December for talks with Modi. The visit is expected to focus on trade. The summit will also cover defence.");
        var summit = Assert.Single(summits);
        Assert.Equal(3, summit.Evidence.Count);
    }

    [Theory]
    [InlineData("Modi will visit Moscow on 8 July for the annual summit with Putin. Modi has received the invitation for the BRICS Summit in Kazan in October.")]
    [InlineData("Modi will visit Moscow on 8 July for the annual summit with Putin. Putin extended an invitation to the BRICS summit in Kazan, which falls in October.")]
    [InlineData("Modi will visit Moscow on 8 July for the annual summit with Putin. Modi has also received an invitation to the SCO summit in Astana in October.")]
    public void An_invitation_for_a_forum_s_summit_is_that_summit_not_a_visit_of_its_own(string text)
    {
        var summits = SummitsOf(text, "2024-07-05");

        Assert.Contains(summits, summit => summit.Kind != SummitKind.Multilateral && summit.City == "Moscow" && summit.Date?.Resolved?.ToString() == "2024-07-08");
        Assert.DoesNotContain(summits, summit => summit.Kind != SummitKind.Multilateral && summit.City is "Kazan" or "Astana");
    }

    [Theory]
    [InlineData("Putin will visit New Delhi on 4 December for talks with Modi. Modi welcomed the decision to hold the summit in Delhi.", 1)]
    [InlineData("Putin will visit New Delhi on 4 December for talks with Modi. Modi received a letter from Putin in Kazan last year.", 1)]
    [InlineData("Putin will visit New Delhi on 4 December for talks with Modi. Putin received Modi in Kazan in October 2024.", 2)]
    [InlineData("Putin will visit New Delhi on 4 December for talks with Modi. Putin received the visiting Indian Prime Minister Modi in Kazan in October 2024.", 2)]
    public void A_host_receives_a_person_not_a_thing(string text, int count)
    {
        Assert.Equal(count, SummitsOf(text, "2025-11-20").Count);
    }

    [Fact]
    public void Two_meetings_of_one_article_stay_apart()
    {
        var summits = SummitsOf("Putin will visit India in December to meet Modi. The visit follows Modi’s trip to Moscow in July 2024, where he met Putin.");
        Assert.Equal(2, summits.Count);
        Assert.Contains(summits, summit => summit.Status == SummitStatus.Planned && summit.Country == "India");
        Assert.Contains(summits, summit => summit.Status == SummitStatus.Held && summit.City == "Moscow");
    }

    [Fact]
    public void A_date_belongs_to_the_meeting_word_beside_it()
    {
        var summits = SummitsOf("In a telephone conversation on 16 February 2025, Modi and Putin reviewed the decisions of the last summit.");

        var call = Assert.Single(summits, summit => summit.Kind == SummitKind.PhoneCall);
        Assert.Equal("2025-02-16", call.Date?.Resolved?.ToString());
        Assert.DoesNotContain(summits, summit => summit.Kind != SummitKind.PhoneCall && summit.Date is not null);
    }

    [Fact]
    public void A_list_of_meetings_in_one_sentence_gives_each_its_own_place_and_date()
    {
        var summits = SummitsOf(
            "Prime Minister Narendra Modi and President Vladimir Putin met twice this year, in Moscow in July for their annual summit and in Kazan in October at the BRICS summit, and spoke by telephone in March and again in late August.",
            "2024-12-13");

        Assert.Equal(
            ["2024-03 PhoneCall ", "2024-07 AnnualSummit Moscow", "2024-08 PhoneCall ", "2024-10 Multilateral Kazan"],
            summits.Select(summit => $"{summit.Date?.Resolved?.Start} {summit.Kind} {summit.City}").Order());
        Assert.All(summits, summit => Assert.Equal(SummitStatus.Held, summit.Status));
    }

    [Theory]
    [InlineData("Modi and Putin met in March.", "2024-03")]
    [InlineData("Modi and Putin spoke by telephone in March.", "2024-03")]
    [InlineData("Modi went to Moscow in March and met Putin.", "2024-03")]
    [InlineData("Modi and Putin held talks on March 5.", "2024-03-05")]
    public void A_meeting_word_in_the_past_dates_a_month_without_its_year_before_the_story(string sentence, string date)
    {
        // Published on 13 December 2024: March 2025 lies nearer, but "met" looks back.
        var summit = Assert.Single(SummitsOf(sentence, "2024-12-13"));

        Assert.Equal((SummitStatus.Held, date), (summit.Status, summit.Date?.Resolved?.Start.ToString()));
    }

    [Fact]
    public void A_date_far_past_the_meeting_word_dates_what_the_words_between_report()
    {
        var summit = Assert.Single(SummitsOf("It was a summit about people and fertiliser rather than tanks and missiles, held in the shadow of the tariffs Washington imposed on Indian goods in August, Modi and Putin agreed."));

        Assert.NotEqual(8, summit.Date?.Resolved?.Start.Month);
    }

    [Fact]
    public void After_in_a_new_predicate_does_not_set_the_summit_against_the_meeting_before_it()
    {
        var summit = Assert.Single(SummitsOf(
            "Vladimir Putin flew into New Delhi on Thursday evening, was met on the tarmac by Narendra Modi, and left on Friday night after the 23rd India-Russia annual summit at Hyderabad House.",
            "2025-12-06"));

        Assert.Equal((23, "2025-12"), (summit.Ordinal, summit.Date?.Resolved?.Start.Truncate(BharatBrief.Ingestion.Dates.DatePrecision.Month).ToString()));
    }

    [Fact]
    public void Their_meeting_after_a_meeting_with_a_third_leader_is_that_meeting()
    {
        var summits = SummitsOf("Prime Minister Narendra Modi and Chinese President Xi Jinping met in Tianjin on Sunday. Modi said relations had improved since their meeting in Kazan last October. President Vladimir Putin was not present.");

        Assert.DoesNotContain(summits, summit => summit.City == "Kazan");
    }

    [Fact]
    public void Their_meeting_after_the_two_sides_leaders_is_theirs()
    {
        var summit = Assert.Single(SummitsOf("Prime Minister Narendra Modi spoke to President Vladimir Putin on Sunday. Modi recalled their meeting in Kazan last October."), summit => summit.City == "Kazan");

        Assert.Equal(["Narendra Modi", "Vladimir Putin"], summit.Participants);
    }

    [Theory]
    [InlineData("Modi is due to hold talks with President Vladimir Putin on Monday after the summit's main session.")]
    [InlineData("Modi will hold talks with President Vladimir Putin on Monday, after the forum's summit.")]
    public void A_date_before_after_belongs_to_the_meeting_before_it_not_to_the_one_it_follows(string sentence)
    {
        // Published on Sunday 15 June 2025: the talks are on the next Monday.
        var talks = Assert.Single(SummitsOf(sentence));

        Assert.Equal((SummitStatus.Planned, "2025-06-16"), (talks.Status, talks.Date?.Resolved?.ToString()));
    }

    [Theory]
    [InlineData("Modi and Putin spoke by phone in March last year, the Kremlin said.", "2024-03")]
    [InlineData("Prime Minister Manmohan Singh paid a state visit to Russia in November last year, holding talks with President Putin.", "2024-11")]
    public void A_month_of_last_year_is_dated_in_last_year(string sentence, string expected)
    {
        var summit = Assert.Single(SummitsOf(sentence));
        Assert.Equal(expected, summit.Date?.Resolved?.ToString());
    }

    [Fact]
    public void Each_meeting_of_a_sentence_takes_the_place_nearest_to_it()
    {
        var summits = SummitsOf("Modi last travelled to Russia in July 2024, when he held talks with Putin at Novo-Ogaryovo, and again in October 2024 for the BRICS summit in Kazan.");

        Assert.Equal([("2024-07", "Moscow"), ("2024-10", "Kazan")], summits.Select(summit => (summit.Date!.Resolved!.ToString(), summit.City!)).Order());
    }

    [Theory]
    [InlineData("Putin congratulated Modi on his re-election and invited him to visit.", "Russia")]
    [InlineData("Modi invited Putin for the annual summit.", "India")]
    [InlineData("Putin accepted an invitation from Modi to visit.", "India")]
    public void The_inviting_leader_hosts(string sentence, string country)
    {
        var summit = Assert.Single(SummitsOf(sentence));
        Assert.Equal(country, summit.Country);
    }

    [Fact]
    public void A_call_after_a_visit_to_a_third_country_is_the_only_summit()
    {
        var summit = Assert.Single(SummitsOf("Putin and Modi last spoke by telephone on August 27, after Modi's visit to Kyiv, where he met Ukrainian President Volodymyr Zelenskiy."));
        Assert.Equal(SummitKind.PhoneCall, summit.Kind);
    }

    [Theory]
    [InlineData("Boris Yeltsin's visit to New Delhi in January 1993 produced a new Treaty of Friendship and Cooperation.", "Boris Yeltsin", "1993-01")]
    [InlineData("Prime Minister P. V. Narasimha Rao held talks with Yeltsin in Moscow in June 1994.", "P. V. Narasimha Rao", "1994-06")]
    [InlineData("President A. P. J. Abdul Kalam received Putin in New Delhi in December 2004.", "A. P. J. Abdul Kalam", "2004-12")]
    public void Leaders_of_the_years_before_the_annual_summits_meet_too(string sentence, string leader, string date)
    {
        var summit = Assert.Single(SummitsOf(sentence));

        Assert.Contains(leader, summit.Participants);
        Assert.Equal(date, summit.Date?.Resolved?.ToString());
    }

    [Fact]
    public void A_leader_expected_in_the_other_capital_for_a_numbered_edition_is_a_planned_annual_summit()
    {
        var summit = Assert.Single(SummitsOf("Putin is now expected in New Delhi for the 23rd edition later this year, officials say."));

        Assert.Equal((SummitKind.AnnualSummit, SummitStatus.Planned, 23, "New Delhi"), (summit.Kind, summit.Status, summit.Ordinal!.Value, summit.City!));
    }

    [Fact]
    public void A_venue_after_the_leaders_names_is_the_meeting_s()
    {
        var summit = Assert.Single(SummitsOf("Documents were exchanged after talks between Prime Minister Narendra Modi and President Vladimir Putin at Hyderabad House."));
        Assert.Equal(("Hyderabad House", "New Delhi"), (summit.Venue, summit.City));
    }

    [Theory]
    [InlineData("In 2019, Modi and Putin met in Vladivostok in September.", "2019-09")]
    [InlineData("Last year, Modi and Putin met in Vladivostok in May.", "2024-05")]
    public void A_month_takes_the_year_the_sentence_opens_with(string sentence, string expected)
    {
        var summit = Assert.Single(SummitsOf(sentence));
        Assert.Equal(expected, summit.Date?.Resolved?.ToString());
    }

    [Fact]
    public void An_anniversary_counts_years_not_summits()
    {
        var summit = Assert.Single(SummitsOf("Modi and Putin will meet in Moscow on May 9 at the 80th anniversary edition of the Victory Day parade."));

        Assert.Null(summit.Ordinal);
    }

    [Theory]
    [InlineData("It was the leaders' first meeting since they shared a car ride in Tianjin in September.", "2025-09", "Tianjin")]
    [InlineData("Modi and Putin held talks in Moscow on Monday, their first meeting since July 2024.", "2024-07", null)]
    [InlineData("The talks were the first in-person meeting between Modi and Putin since they met in Kazan in October 2024.", "2024-10", "Kazan")]
    public void A_first_meeting_since_a_date_says_the_leaders_met_then(string sentence, string earlier, string? city)
    {
        var text = "MOSCOW, December 8, 2025 — Prime Minister Narendra Modi and President Vladimir Putin held talks in Moscow on Monday. " + sentence;
        var source = new ArticleSource(text, ArticleFormat.PlainText, "case.txt");

        var summits = ArticlePipeline.Default.Parse(source).Summits;

        var then = Assert.Single(summits, summit => summit.Date?.Resolved?.Start.ToString() == earlier);
        Assert.Equal((SummitStatus.Held, city), (then.Status, then.City));
        Assert.Equal(["Narendra Modi", "Vladimir Putin"], then.Participants.Order());
    }

    [Theory]
    [InlineData("It was Putin's first visit to India since 2021.")]
    [InlineData("It was the first summit since the SCO summit in Samarkand in September 2022.")]
    [InlineData("It was their first meeting since Modi was re-elected with a larger majority in June 2024.")]
    public void A_first_visit_since_a_year_or_a_meeting_named_after_since_adds_no_meeting_of_its_own(string sentence)
    {
        var text = "NEW DELHI, December 5, 2025 — Prime Minister Narendra Modi and President Vladimir Putin held talks in New Delhi on Friday. " + sentence;

        var summits = ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, "case.txt")).Summits;

        Assert.DoesNotContain(summits, summit => summit.Date?.Resolved?.Start.Year == 2021);
        Assert.DoesNotContain(summits, summit => summit.Date?.Resolved?.ToString() == "2024-06");
        Assert.True(summits.Count(summit => summit.City == "Samarkand") <= 1);
    }

    [Theory]
    [InlineData("Putin held his first annual summit with Narendra Modi in New Delhi on Thursday.", null)]
    [InlineData("It was the first annual summit between the two leaders, held in New Delhi on Thursday.", null)]
    [InlineData("Modi's third annual summit with Putin was held in New Delhi on Thursday.", null)]
    [InlineData("Modi and Putin held the 15th India-Russia annual summit in New Delhi on Thursday.", 15)]
    [InlineData("India's 15th annual summit with Russia was held in New Delhi on Thursday.", 15)]
    public void A_count_of_one_leaders_summits_is_not_the_series_number(string sentence, int? ordinal)
    {
        var summit = Assert.Single(SummitsOf("Putin and Modi met in New Delhi. " + sentence, "2014-12-12"));

        Assert.Equal((SummitKind.AnnualSummit, ordinal), (summit.Kind, summit.Ordinal));
    }

    [Theory]
    [InlineData("Modi and Putin were to meet on the second day of the annual summit.")]
    [InlineData("Modi and Putin spent the third session of the annual summit on trade.")]
    [InlineData("The first round of the annual summit of Modi and Putin was given to defence.")]
    public void An_ordinal_of_a_part_of_the_meeting_is_not_its_number(string sentence)
    {
        Assert.All(SummitsOf(sentence, "2014-12-12"), summit => Assert.Null(summit.Ordinal));
    }

    [Fact]
    public void The_edition_of_a_summit_is_its_number()
    {
        var summit = Assert.Single(SummitsOf("Modi and Putin held the 15th edition of the annual summit in New Delhi on Thursday.", "2014-12-12"));

        Assert.Equal(15, summit.Ordinal);
    }

    [Theory]
    [InlineData("In August Modi and Putin also spoke twice by telephone, on 08.08 and 18.08.", "2025-08-08|2025-08-18")]
    [InlineData("Modi and Putin spoke by telephone twice, on August 8 and then on August 18.", "2025-08-08|2025-08-18")]
    [InlineData("Modi and Putin held talks in Moscow on 4 and 5 December.", "2025-12-04")]
    public void A_meeting_said_to_happen_more_than_once_on_listed_days_is_one_meeting_a_day(string sentence, string days)
    {
        var summits = SummitsOf(sentence, "2025-12-06");

        Assert.Equal(days.Split('|'), summits.Select(summit => summit.Date?.Resolved?.Start.ToString()).Order());
    }

    [Fact]
    public void A_sentence_opening_with_he_has_him_for_subject_beside_the_leader_it_names()
    {
        var summits = SummitsOf("Modi has visited Russia often. He spent a day with Putin at the Black Sea resort of Sochi on May 21, 2018, for an informal summit with no agenda.", "2024-07-11");

        var sochi = Assert.Single(summits);
        Assert.Equal((SummitKind.InformalSummit, "2018-05-21"), (sochi.Kind, sochi.Date?.Resolved?.Start.ToString()));
        Assert.Equal(["Narendra Modi", "Vladimir Putin"], sochi.Participants.Order());
    }

    [Theory]
    [InlineData("External Affairs Minister visited Russia from 25 to 29 December. He held talks with Foreign Minister Lavrov, and called on President Putin in the Kremlin on 27 December, conveying the greetings of the Prime Minister.")]
    [InlineData("External Affairs Minister visited Russia from 25 to 29 December. He held talks with Foreign Minister Lavrov, and called on President Putin in the Kremlin on 27 December, handing over a message from Prime Minister Narendra Modi.")]
    public void A_leader_who_sends_word_through_a_minister_takes_no_part_in_the_meeting(string sentence) =>
        Assert.Empty(SummitsOf(sentence, "2023-12-29"));

    [Theory]
    [InlineData("Putin came to New Delhi in December 2004 for the first annual summit of Manmohan Singh's tenure.")]
    [InlineData("Modi went to Moscow in July 2024 for the first annual summit of his third term.")]
    public void A_count_within_a_leader_s_tenure_does_not_number_the_series(string sentence) =>
        Assert.Null(Assert.Single(SummitsOf(sentence)).Ordinal);

    [Theory]
    [InlineData("Modi held an informal summit with Putin at the Black Sea resort of Sochi on May 21, 2018.", "Sochi")]
    [InlineData("Modi and Putin held talks in the port city of Vladivostok on Wednesday.", "Vladivostok")]
    public void The_place_a_locatives_noun_names_is_where_the_meeting_is(string sentence, string city)
    {
        Assert.Equal(city, Assert.Single(SummitsOf(sentence, "2019-09-06")).City);
    }

    [Theory]
    [InlineData("Modi and Putin met in Kazan on 22.10.2024, on the margins of the BRICS summit, and in Tianjin on 01.09.2025, during the SCO summit.")]
    [InlineData("Modi and Putin held talks in Kazan on 22 October 2024 and in Tianjin on 1 September 2025.")]
    public void A_meeting_then_and_in_another_city_on_another_day_is_a_second_meeting(string sentence)
    {
        var summits = SummitsOf(sentence, "2025-12-06");

        Assert.Equal(["Kazan 2024-10-22", "Tianjin 2025-09-01"], summits.Select(summit => $"{summit.City} {summit.Date?.Resolved?.Start}").Order());
    }

    [Fact]
    public void The_sidelines_of_a_forum_belong_to_the_meeting_word_nearer_them()
    {
        var summits = SummitsOf("Putin came to New Delhi for the 21st annual summit in December 2021, and the two held talks in Samarkand in September 2022 on the sidelines of the SCO summit.", "2024-07-11");

        var annual = Assert.Single(summits, summit => summit.Ordinal == 21);
        Assert.Equal((SummitKind.AnnualSummit, null), (annual.Kind, annual.Forum));
    }

    [Theory]
    [InlineData("The minister said Modi raised it during his visit to Moscow in July 2024 and his meeting with Putin on the sidelines of the BRICS summit in Kazan in October 2024.")]
    [InlineData("Modi raised it on his trip to Moscow in July 2024 and in talks with Putin on the sidelines of the BRICS summit in Kazan in October 2024.")]
    [InlineData("Modi visited Moscow in July 2024. He met Putin again on the sidelines of the BRICS summit in October.")]
    public void A_visit_and_a_meeting_at_a_forum_that_never_met_in_its_city_are_two_meetings(string sentence)
    {
        var summits = SummitsOf(sentence, "2025-06-15");

        var moscow = Assert.Single(summits, summit => summit.City == "Moscow");
        Assert.Null(moscow.Forum);
        Assert.NotEqual(SummitKind.Multilateral, moscow.Kind);
        Assert.Contains(summits, summit => summit.Forum == "BRICS");
    }

    [Fact]
    public void A_bare_summit_after_a_forum_s_is_that_forum_s_in_the_city_named_beside_it()
    {
        var summits = SummitsOf("Modi raised it during his visit to Moscow in July 2024 and his meeting with Putin on the sidelines of the BRICS summit in Kazan in October 2024.\n\nDuring the Summit, the leaders adopted a programme of economic cooperation.", "2025-06-15");

        Assert.DoesNotContain(summits, summit => summit.City == "Moscow" && summit.Forum is not null);
    }

    [Theory]
    // 5 July 2024 is a Friday: Monday and Tuesday are the 8th and the 9th.
    [InlineData("Putin is expected to host a private dinner for Modi on Monday before the formal talks with Modi on Tuesday.")]
    [InlineData("Modi is expected to meet Putin over dinner on Monday, ahead of the delegation-level talks on Tuesday.")]
    public void A_meeting_that_follows_a_planned_one_is_planned_on_the_coming_day(string sentence)
    {
        var summits = SummitsOf(sentence, "2024-07-05");

        Assert.NotEmpty(summits);
        Assert.All(summits, summit => Assert.True(summit.Date?.Resolved?.Start.FirstDay >= new DateOnly(2024, 7, 8), $"{summit.Date?.Resolved} is not in the coming week"));
    }

    [Theory]
    // 2 December 2025 is a Tuesday: Friday is the 5th.
    [InlineData("Putin's programme this week, according to officials, includes a private dinner hosted by Modi and talks at Hyderabad House on Friday.")]
    [InlineData("The schedule includes delegation-level talks between Modi and Putin on Friday.")]
    [InlineData("Modi's itinerary lists talks with Putin in New Delhi on Friday.")]
    public void What_a_programme_includes_is_planned_on_the_coming_day(string sentence)
    {
        var summits = SummitsOf(sentence, "2025-12-02");

        Assert.Contains(summits, summit => (summit.Status.ToSlug(), summit.Date?.Resolved?.Start.ToString()) == ("planned", "2025-12-05"));
        Assert.DoesNotContain(summits, summit => summit.Date?.Resolved?.Start.FirstDay < new DateOnly(2025, 12, 2));
    }

    [Theory]
    [InlineData("So is there an annual summit this year?")]
    [InlineData("Will Modi and Putin hold their annual summit in Moscow this year?")]
    public void A_question_reports_no_meeting(string sentence)
    {
        Assert.Empty(SummitsOf(sentence, "2022-09-17"));
    }

    [Theory]
    [InlineData("The two spoke by telephone in December.", true)]
    [InlineData("The two also spoke by telephone in December.", true)]
    [InlineData("The two sides held talks by telephone in December.", false)]
    public void The_two_alone_are_the_leaders_last_named(string sentence, bool isTheirs)
    {
        var summits = SummitsOf("Putin last met Prime Minister Narendra Modi in Samarkand in September. " + sentence, "2023-03-21");

        Assert.Equal(isTheirs, summits.Any(summit => summit.Kind == SummitKind.PhoneCall && summit.Participants.Count == 2));
    }
}
