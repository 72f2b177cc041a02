using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Merging;

/// <summary>Merging across articles: each case is a handful of short articles run through the real pipeline.</summary>
public sealed class ConsolidatorTests
{
    private static Consolidation Merge(params string[] articles)
    {
        var facts = articles.Select((text, index) =>
        {
            var parsed = ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, $"article-{index}.txt"));
            return new ArticleFacts(index + 1, parsed.AsOf, parsed.Summits, parsed.Agreements);
        }).ToList();
        return Consolidator.Consolidate(facts);
    }

    private static string Published(string date, string body) => $"---\npublished: {date}\n---\n{body}";

    [Fact]
    public void One_meeting_told_three_ways_is_one_summit_with_the_days_from_the_article_that_has_them()
    {
        var merged = Merge(
            Published("2025-05-10", "Modi’s July 2024 visit to Moscow, where he embraced Putin, underscored the bond."),
            Published("2025-03-01", "During his Moscow visit for the 22nd Russia-India summit last year, Modi and Putin discussed trade."),
            Published("2024-07-09", "Modi and Putin had an informal meeting on Monday at Novo-Ogaryovo, Moscow."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(SummitKind.AnnualSummit, summit.Kind);
        Assert.Equal("2024-07-08", summit.Start?.ToString());
        Assert.Equal((22, "Moscow", "Novo-Ogaryovo"), (summit.Ordinal!.Value, summit.City!, summit.Venue!));
        Assert.Equal([1, 2, 3], summit.Mentions.Select(mention => mention.ArticleId).Order());
    }

    [Fact]
    public void The_day_most_reports_give_dates_the_summit_and_a_span_starting_that_day_counts_for_it()
    {
        var merged = Merge(
            Published("2015-03-01", "Modi and Putin held the 12th annual summit in Moscow on August 22, 2014."),
            Published("2015-04-01", "Modi and Putin held the 12th annual summit in Moscow on August 22, 2014."),
            Published("2015-05-01", "Modi and Putin held the 12th annual summit in Moscow on August 22, 2014."),
            Published("2015-06-01", "Modi and Putin held the 12th annual summit in Moscow on 22–24 August 2014."),
            Published("2015-07-01", "Modi and Putin held the 12th annual summit in Moscow on 13 October 2014."),
            Published("2015-08-01", "Modi and Putin held the 12th annual summit in Moscow on 13 October 2014."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(("2014-08-22", "2014-08-24"), (summit.Start?.ToString(), summit.End?.ToString()));
        Assert.Equal(6, summit.Mentions.Count);
    }

    [Fact]
    public void A_meeting_dated_only_from_a_guessed_story_date_beside_a_firmly_dated_one_in_its_city_is_that_ones_echo()
    {
        var facts = new[]
        {
            "MOSCOW, 9 July 2025 — Prime Minister Narendra Modi and President Vladimir Putin held talks in Moscow on Monday.",
            "Modi will travel to Moscow on July 8 for talks with Putin. The two sides signed a shipping pact in March 2024.",
        }.Select((text, index) =>
        {
            var parsed = ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, $"article-{index}.txt"));
            return new ArticleFacts(index + 1, parsed.AsOf, parsed.Summits, parsed.Agreements);
        }).ToList();
        Assert.False(facts[1].AsOf.IsStated);

        var merged = Consolidator.Consolidate(facts);

        Assert.Equal("2025-07-07", Assert.Single(merged.Summits).Start?.ToString());
    }

    [Fact]
    public void A_meeting_dated_before_the_Russian_Federation_is_history_not_an_India_Russia_summit()
    {
        var merged = Merge(Published("2021-08-09", "The previous summit between Modi and Putin was held in New Delhi in July 1970. Modi and Putin held talks in Moscow on 2 August 2021."));

        Assert.Equal("2021-08-02", Assert.Single(merged.Summits).Start?.ToString());
    }

    [Fact]
    public void An_acronym_and_its_long_form_are_one_agreement_at_its_latest_status()
    {
        var merged = Merge(
            Published("2024-02-20", "India and Russia signed the PSCF shipping agreement."),
            Published("2025-11-20", "Russia’s State Duma ratified the Polar Shipping Cooperation Framework (PSCF) agreement with India."));

        var agreement = Assert.Single(merged.Agreements);
        Assert.Equal("Polar Shipping Cooperation Framework", agreement.Name);
        Assert.Contains("PSCF", agreement.Aliases);
        Assert.Equal(AgreementStatus.Ratified, agreement.Status);
        Assert.Equal([AgreementStatus.Signed, AgreementStatus.Ratified], agreement.History.Select(entry => entry.Status));
    }

    [Fact]
    public void A_last_summit_claim_that_a_later_summit_contradicts_is_kept_as_a_conflict_on_both()
    {
        var merged = Merge(
            Published("2025-11-20", "The last Modi–Putin summit took place in 2021."),
            Published("2025-01-15", "Modi and Putin held the 22nd India-Russia annual summit in Moscow in July 2024."));

        Assert.Equal(2, merged.Summits.Count);
        Assert.All(merged.Summits, summit =>
        {
            var conflict = Assert.Single(summit.Conflicts);
            Assert.Equal(["2021", "2024-07 (22nd summit)"], conflict.Claims.Select(claim => claim.Value));
        });
    }

    [Fact]
    public void A_meeting_planned_in_one_source_and_reported_held_in_a_later_one_is_held()
    {
        var merged = Merge(
            Published("2025-11-20", "Putin will visit New Delhi on 4 December 2025 to meet Modi."),
            Published("2025-12-06", "Putin and Modi held talks in New Delhi on 4 December 2025."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(SummitStatus.Held, summit.Status);
    }

    [Fact]
    public void A_visit_planned_after_its_article_is_not_an_earlier_meeting_in_the_same_city()
    {
        var merged = Merge(
            Published("2021-12-07", "Putin met Modi in New Delhi on 6 December 2021."),
            Published("2025-05-01", "Putin is expected to visit New Delhi to meet Modi later this year."));

        Assert.Equal(2, merged.Summits.Count);
    }

    [Fact]
    public void A_meeting_on_a_weekday_of_a_story_written_after_a_date_is_not_an_earlier_meeting()
    {
        var merged = Merge(
            Published("2020-12-24", "Modi had accepted an invitation to the Victory Day celebrations in Moscow on May 9, but the parade was pushed back to June 24 because of the virus and Modi did not travel."),
            "Opinion\n\nWhen Narendra Modi lands in Moscow on Monday, it will be his first bilateral visit since he was sworn in for a third term last month. The 21st summit, in December 2021, lasted barely a day: Putin flew into Delhi in the afternoon.");

        Assert.DoesNotContain(merged.Summits, summit => summit.City == "Moscow" && summit.Mentions.Select(mention => mention.ArticleId).Distinct().Count() > 1);
    }

    [Fact]
    public void A_visit_reported_once_with_the_President_and_once_with_the_Prime_Minister_is_one_summit()
    {
        var merged = Merge(
            Published("2002-12-05", "Putin held talks with President A. P. J. Abdul Kalam in New Delhi on 4 December 2002."),
            Published("2002-12-06", "Putin held talks with Prime Minister Atal Bihari Vajpayee in New Delhi on 4 December 2002."));

        var visit = Assert.Single(merged.Summits);
        Assert.Equal(["A. P. J. Abdul Kalam", "Atal Bihari Vajpayee", "Vladimir Putin"], visit.Participants.Order());
    }

    [Fact]
    public void Reports_naming_two_holders_of_one_office_stay_apart()
    {
        var merged = Merge(
            Published("2013-01-10", "President Dmitry Medvedev held talks with Prime Minister Manmohan Singh in New Delhi in 2012."),
            Published("2013-01-12", "President Vladimir Putin held talks with Prime Minister Manmohan Singh in New Delhi in 2012."));

        Assert.Equal(2, merged.Summits.Count);
    }

    [Fact]
    public void A_summit_called_off_after_a_numbered_one_takes_no_number()
    {
        var merged = Merge(
            Published("2019-09-05", "Modi and Putin held the 20th India-Russia annual summit in Vladivostok in September 2019."),
            Published("2020-12-24", "The India-Russia annual summit between Modi and Putin was called off in 2020 because of the pandemic."));

        var calledOff = Assert.Single(merged.Summits, summit => summit.Status == SummitStatus.Cancelled);
        Assert.Null(calledOff.Ordinal);
    }

    [Fact]
    public void The_annual_summit_after_a_numbered_one_is_numbered_by_inference()
    {
        var merged = Merge(
            Published("2024-07-10", "Modi and Putin held the 22nd India-Russia annual summit in Moscow in July 2024."),
            Published("2025-11-20", "Putin will travel to New Delhi for the annual summit with Modi on 4 December 2025."));

        var next = Assert.Single(merged.Summits, summit => summit.City == "New Delhi");
        Assert.Equal(23, next.Ordinal);
        Assert.True(next.OrdinalIsDerived);
    }

    [Fact]
    public void A_meeting_no_source_dates_is_not_a_summit_of_its_own()
    {
        var merged = Merge(
            "Modi and Putin held wide-ranging talks on economic cooperation.",
            Published("2024-07-10", "Modi and Putin held talks in Moscow on 8 July 2024."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal("2024-07-08", summit.Start?.ToString());
    }

    [Theory]
    [InlineData("The two leaders spoke by telephone in 2020.")]
    [InlineData("Modi and Putin met twice in 2019.")]
    [InlineData("Putin and Modi have kept in touch by phone throughout 2022, officials said.")]
    public void A_meeting_placed_only_in_a_year_is_not_a_summit_of_its_own(string sentence)
    {
        var merged = Merge(Published("2024-07-10", "Prime Minister Narendra Modi and President Vladimir Putin are old partners. " + sentence));

        Assert.Empty(merged.Summits);
    }

    [Fact]
    public void A_date_counted_from_the_latest_date_an_undated_article_mentions_dates_nothing()
    {
        // The article was written on or after 6 August 2024, so "last month" could be any month since then.
        var merged = Merge("More than a year after their talks in Kazan on 6 August 2024, India and Russia keep deepening ties. Modi and Putin spoke by phone last month about Ukraine.");

        Assert.Empty(merged.Summits);
    }

    [Fact]
    public void A_leader_out_of_office_in_the_meeting_year_does_not_keep_two_reports_of_it_apart()
    {
        var merged = Merge(
            Published("2019-09-05", "Narendra Modi and Vladimir Putin held talks in Vladivostok on 4 September 2019."),
            Published("2020-01-10", "Manmohan Singh met Vladimir Putin in Moscow on 7 December 2009. A decade later the two leaders met in Vladivostok on 4 September 2019."));

        Assert.Single(merged.Summits, summit => summit.Start?.ToString() == "2019-09-04");
    }

    [Fact]
    public void A_meeting_placed_only_in_a_year_joins_the_meeting_another_source_establishes()
    {
        var merged = Merge(
            Published("2019-09-05", "Modi and Putin held talks in Vladivostok on 4 September 2019."),
            Published("2020-03-01", "Modi and Putin met in Vladivostok in 2019."),
            Published("2021-03-01", "Modi and Putin met in 2020, by video."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal("2019-09-04", summit.Start?.ToString());
    }

    [Fact]
    public void The_annual_summit_of_a_year_stays_a_summit_with_nothing_else_said()
    {
        var merged = Merge(Published("2024-03-01", "The annual summit between India and Russia was not held in 2020 because of the pandemic."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal((SummitKind.AnnualSummit, SummitStatus.Cancelled, "2020"), (summit.Kind, summit.Status, summit.Start?.ToString()));
    }

    [Fact]
    public void Reports_of_one_day_in_one_city_that_number_the_summit_differently_are_one_summit_numbered_by_the_majority()
    {
        var merged = Merge(
            Published("2016-12-20", "Modi and Putin held the 14th annual summit in Moscow on 19 December 2016."),
            Published("2016-12-21", "The 14th India-Russia annual summit between Modi and Putin took place in Moscow on 19 December 2016."),
            Published("2016-12-22", "Modi and Putin held the 15th annual summit in Moscow on 19 December 2016."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal((14, "2016-12-19"), (summit.Ordinal!.Value, summit.Start?.ToString()));
        Assert.Equal(3, summit.Mentions.Select(mention => mention.ArticleId).Distinct().Count());
    }

    [Fact]
    public void Reports_of_one_numbered_summit_in_different_months_of_its_year_are_one_summit_with_the_other_month_a_conflict()
    {
        var merged = Merge(
            Published("2024-01-10", "Modi and Putin held the 18th annual summit in Moscow on 23 December 2023."),
            Published("2024-01-12", "The 18th annual summit between Modi and Putin took place in Moscow on 23 December 2023."),
            Published("2023-06-20", "Modi and Putin held the 18th annual summit in Moscow on 7 June 2023."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal("2023-12-23", summit.Start?.ToString());
        Assert.Contains(summit.Conflicts, conflict => conflict.Field == "date");
    }

    [Fact]
    public void An_undated_meeting_named_by_its_number_stays_a_summit()
    {
        var merged = Merge(Published("2024-03-01", "Modi travelled to Vladivostok for the 20th annual summit with Putin."));

        Assert.Equal(20, Assert.Single(merged.Summits).Ordinal);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_articles()
    {
        string[] articles =
        [
            Published("2025-05-10", "Modi’s July 2024 visit to Moscow underscored the bond with Putin."),
            Published("2025-03-01", "During his Moscow visit for the 22nd Russia-India summit last year, Modi met Putin."),
            Published("2025-11-20", "Putin will visit New Delhi on 4 December 2025 for talks with Modi."),
        ];
        var forward = Merge(articles).Summits.Select(summit => summit.Title);
        var backward = Merge([.. articles.Reverse()]).Summits.Select(summit => summit.Title);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Every_order_of_the_articles_gives_the_same_summits_with_the_same_reports()
    {
        string[] texts =
        [
            Published("2015-12-23", "Modi and Putin held the 13th annual summit in Mumbai on 22 December 2015."),
            Published("2016-01-05", "The 13th annual summit between Modi and Putin took place in Mumbai on 22 December 2015."),
            Published("2016-06-01", "Modi and Putin spoke by phone on 12 February 2016."),
            Published("2016-12-20", "Putin paid a state visit to Goa on 14–16 October 2016, meeting Modi."),
            Published("2016-11-02", "Putin held talks with Modi in Goa on 15 October 2016."),
            Published("2017-03-01", "Putin’s visit to Goa last year, where he met Modi, was his first in several years."),
        ];
        var parsed = texts.Select((text, index) => ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, $"article-{index}.txt"))).ToArray();

        var outcomes = Permutations([.. Enumerable.Range(0, texts.Length)])
            .Select(order =>
            {
                // The store numbers articles in the order they come: the number is the place in this order.
                var facts = order.Select((original, place) => new ArticleFacts(place + 1, parsed[original].AsOf, parsed[original].Summits, parsed[original].Agreements)).ToList();
                var merged = Consolidator.Consolidate(facts);
                return string.Join(" / ", merged.Summits
                    .Select(summit => $"{summit.Kind} {summit.Start} {summit.City} [{string.Join(",", summit.Mentions.Select(mention => order[mention.ArticleId - 1]).Distinct().Order())}]")
                    .Order(StringComparer.Ordinal));
            })
            .Distinct()
            .ToList();

        Assert.Equal(["AnnualSummit 2015-12-22 Mumbai [0,1]", "PhoneCall 2016-02-12  [2]", "StateVisit 2016-10-14 Goa [3,4,5]"], Assert.Single(outcomes).Split(" / "));
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany(first => Permutations([.. items.Where(item => item != first)]).Select(rest => (int[])[first, .. rest]));

    [Fact]
    public void The_number_of_an_annual_summit_joins_a_report_whose_year_was_read_from_a_wrong_article_date()
    {
        var merged = Merge(
            Published("2021-08-01", "Modi and Putin held the 17th India-Russia annual summit in New Delhi on 9 July 2021."),
            Published("2021-09-15", "Putin’s visit to New Delhi on July 9–10 for the 17th summit highlighted the bond."),
            Published("2020-08-05", "Putin’s visit to New Delhi on July 9–10 for the 17th summit highlighted the bond."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal("2021-07-09", summit.Start?.ToString());
        Assert.Equal(3, summit.Mentions.Count);
        var conflict = Assert.Single(summit.Conflicts, conflict => conflict.Field == "date");
        Assert.Equal(["2021-07-09/2021-07-10", "2020-07-09/2020-07-10"], conflict.Claims.Select(claim => claim.Value));
    }

    [Fact]
    public void Two_annual_summits_dated_in_full_stay_apart_even_when_sources_number_them_alike()
    {
        var merged = Merge(
            Published("2025-01-15", "Modi and Putin held the 22nd India-Russia annual summit in Moscow on 8 July 2024."),
            Published("2026-01-15", "Modi and Putin held the 22nd India-Russia annual summit in Moscow on 5 December 2025."));

        Assert.Equal(2, merged.Summits.Count);
    }

    [Fact]
    public void A_year_names_the_annual_summit_of_that_year()
    {
        var merged = Merge(
            Published("2022-01-10", "Modi and Putin held the 21st India-Russia annual summit in New Delhi on 6 December 2021."),
            Published("2023-05-01", "The last Modi–Putin summit took place in 2021."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal("2021-12-06", summit.Start?.ToString());
        Assert.Equal([1, 2], summit.Mentions.Select(mention => mention.ArticleId).Order());
    }

    [Fact]
    public void Reports_of_one_year_in_one_city_are_its_one_annual_summit_dated_as_most_sources_date_it()
    {
        var merged = Merge(
            Published("2024-01-10", "Modi and Putin held the annual summit in Moscow on 23 December 2023."),
            Published("2024-01-12", "Modi and Putin held the India-Russia annual summit in Moscow on 23 December 2023."),
            Published("2024-02-01", "The annual summit in Moscow on December 23, 2023 reviewed trade."),
            Published("2023-08-01", "Modi and Putin held the India-Russia annual summit in Moscow on 7 June 2023."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal("2023-12-23", summit.Start?.ToString());
        Assert.Contains(summit.Conflicts, conflict => conflict.Field == "date" && conflict.Claims.Any(claim => claim.Value == "2023-06-07"));
    }

    [Fact]
    public void Two_annual_summits_of_one_year_in_different_cities_with_different_numbers_stay_apart()
    {
        var merged = Merge(
            Published("2007-02-01", "Singh and Putin held the seventh India-Russia annual summit in New Delhi on 25 January 2007."),
            Published("2007-12-01", "Singh and Putin held the eighth India-Russia annual summit in Moscow on 12 November 2007."));

        Assert.Equal(2, merged.Summits.Count);
    }

    [Fact]
    public void A_report_that_gives_its_day_without_the_year_is_dated_by_the_sources_that_date_that_meeting()
    {
        var merged = Merge(
            Published("2006-02-24", "Putin and Vajpayee spoke over the phone on 23 February 2006."),
            Published("2006-02-25", "Vajpayee and Putin held a telephone conversation on February 23, 2006."),
            "Call reviews ties\n\nMOSCOW, February 23 (Agency) - Putin and Vajpayee spoke over the phone on February 23. The last summit took place in 2002. The call follows Putin's trip to New Delhi on 11 August 2002.");

        var call = Assert.Single(merged.Summits, summit => summit.Kind == SummitKind.PhoneCall);
        Assert.Equal("2006-02-23", call.Start?.ToString());
        Assert.Equal([1, 2, 3], call.Mentions.Select(mention => mention.ArticleId).Order());
        Assert.Equal("2006-02-23", merged.AsOfRefinements[3].Value?.ToString());
    }

    [Fact]
    public void Reports_that_give_a_meeting_s_day_without_its_year_join_the_meeting_sources_date_on_that_day_a_year_on()
    {
        var merged = Merge(
            Published("2024-01-10", "Modi and Putin held the India-Russia annual summit in Moscow on 23 December 2023."),
            Published("2024-01-12", "Modi and Putin held the annual summit in Moscow on December 23, 2023."),
            "Summit ahead\n\nNEW DELHI, Dec 1 (Agency) - Modi will travel to Moscow for the 21st annual summit with Putin on December 23, officials said. The leaders last met in Kazan in October 2022.",
            Published("2022-03-01", "Modi will travel to Moscow for the annual summit with Putin in 2022, officials said."));

        var summit = Assert.Single(merged.Summits, summit => summit.Kind == SummitKind.AnnualSummit);
        Assert.Equal("2023-12-23", summit.Start?.ToString());
        Assert.Contains(3, summit.Mentions.Select(mention => mention.ArticleId));
        Assert.Contains(summit.Conflicts, conflict => conflict.Field == "date" && conflict.Claims.Any(claim => claim.Value == "2022-12-23"));
    }

    [Fact]
    public void The_leaders_meetings_at_one_forum_in_one_year_are_one_summit_on_the_day_the_reports_give()
    {
        var merged = Merge(
            Published("2025-07-23", "Modi met Putin on the sidelines of the BRICS summit in Rio de Janeiro on 21 July 2025."),
            Published("2025-07-24", "At the BRICS summit in Rio de Janeiro on July 21, 2025, Modi and Putin held bilateral talks."),
            Published("2026-03-01", "Modi and Putin met at the BRICS summit in Rio de Janeiro last July."),
            Published("2026-05-01", "At the BRICS summit in Rio de Janeiro in 2025, Modi and Putin discussed trade."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(SummitKind.Multilateral, summit.Kind);
        Assert.Equal("2025-07-21", summit.Start?.ToString());
        Assert.Equal([1, 2, 3, 4], summit.Mentions.Select(mention => mention.ArticleId).Order());
    }

    [Theory]
    // The story's date is only the earliest its text allows (the ministers met in May 2024): "March last year" is a guess.
    [InlineData("Ties review\n\nModi and Putin also spoke by phone in March last year, the Kremlin said. Trade has grown. Energy dominates it. Defence remains the core. The two foreign ministers met in Moscow in May 2024.", 0)]
    // The page states its date: "March last year" is March 2024.
    [InlineData("---\npublished: 2025-06-01\n---\nModi and Putin also spoke by phone in March last year, the Kremlin said.", 1)]
    public void A_call_placed_only_in_a_month_counted_from_a_guessed_story_date_is_no_summit_of_its_own(string article, int summits)
    {
        Assert.Equal(summits, Merge(article).Summits.Count);
    }

    [Fact]
    public void An_annual_summit_given_by_day_and_city_without_its_year_is_the_one_sources_date_there_on_that_day()
    {
        var merged = Merge(
            Published("2026-07-12", "Modi and Putin held the India-Russia annual summit in Bengaluru on 10 July 2026."),
            Published("2026-07-13", "Modi and Putin held the annual summit in Bengaluru on July 10, 2026."),
            "Summit ahead\n\nMOSCOW, June 20 (Agency) - Putin has accepted the invitation to attend the annual summit with Modi in Bengaluru on July 10. Trade reached $8 billion in 2009.");

        var summit = Assert.Single(merged.Summits);
        Assert.Equal("2026-07-10", summit.Start?.ToString());
        Assert.Equal([1, 2, 3], summit.Mentions.Select(mention => mention.ArticleId).Order());
    }

    [Fact]
    public void A_numbered_summit_a_story_puts_last_year_dates_the_story_by_the_year_sources_give_that_summit()
    {
        var merged = Merge(
            Published("2014-09-01", "Modi and Putin held the 12th India-Russia annual summit in Moscow on 22 August 2014."),
            Published("2014-09-02", "The 12th annual summit of Modi and Putin took place in Moscow on August 22, 2014."),
            "Summit ahead\n\nModi and Putin will hold the annual summit in Mumbai on December 22. The annual summit format continued with the 12th summit in Moscow last year. Trade stood at $9.5 billion in 2014.");

        Assert.Equal("2015-12", merged.AsOfRefinements[3].Value?.ToString());
        var mumbai = Assert.Single(merged.Summits, summit => summit.City == "Mumbai");
        Assert.Equal("2015-12-22", mumbai.Start?.ToString());
    }

    [Fact]
    public void Stories_that_all_guessed_the_same_year_for_a_visit_s_day_are_dated_by_the_sources_that_give_its_year()
    {
        // Trade figures of 2017 let the previews be as early as 2018: three years before the visit, too far to join it by its day alone.
        const string preview = "Visit ahead\n\nPreparations are under way for President Putin's visit to Chennai on November 6, officials said. Bilateral trade reached $9.3 billion in 2017.";
        var merged = Merge(
            Published("2021-11-07", "Putin and Modi held talks in Chennai on 6 November 2021 during the Russian President's visit to India."),
            Published("2021-11-08", "President Vladimir Putin visited Chennai on November 6, 2021 and held talks with Prime Minister Modi."),
            preview,
            preview.Replace("officials said", "the ministry said", StringComparison.Ordinal));

        var visit = Assert.Single(merged.Summits);
        Assert.Equal("2021-11-06", visit.Start?.ToString());
        Assert.Equal([1, 2, 3, 4], visit.Mentions.Select(mention => mention.ArticleId).Order());
        Assert.Equal(2021, merged.AsOfRefinements[3].Value?.Year);
    }

    [Fact]
    public void A_visit_given_without_its_year_joins_the_visit_on_that_day_even_when_its_reports_name_a_president_beside_the_prime_minister()
    {
        var merged = Merge(
            Published("2021-11-07", "Putin and Modi held talks in Chennai on 6 November 2021 during the Russian President's visit to India."),
            Published("2021-11-08", "President Vladimir Putin visited Chennai on November 6, 2021 and held talks with Prime Minister Modi."),
            "Visit ahead\n\nNEW DELHI, Oct 20 (Agency) - President Vladimir Putin will visit Chennai on November 6 for talks with President Droupadi Murmu and Prime Minister Narendra Modi, officials said. Bilateral trade reached $9.3 billion in 2020.");

        var visit = Assert.Single(merged.Summits);
        Assert.Equal("2021-11-06", visit.Start?.ToString());
        Assert.Contains(3, visit.Mentions.Select(mention => mention.ArticleId));
    }

    [Fact]
    public void A_story_dated_by_the_year_of_a_recalled_summit_keeps_its_day_a_guess()
    {
        var merged = Merge(
            Published("2014-09-01", "Modi and Putin held the 12th India-Russia annual summit in Moscow on 22 August 2014."),
            Published("2014-09-02", "The 12th annual summit of Modi and Putin took place in Moscow on August 22, 2014."),
            "Ties review\n\nThe annual summit format continued with the 12th summit in Moscow last year. Modi and Putin also spoke by phone in March, the Kremlin said. Trade stood at $9.5 billion in 2014.");

        var refined = merged.AsOfRefinements[3];
        Assert.Equal(2015, refined.Value?.Year);
        Assert.True(refined.YearIsOnlyTheEarliest);
        Assert.DoesNotContain(merged.Summits, summit => summit.Kind == SummitKind.PhoneCall);
    }

    [Fact]
    public void A_forum_summit_a_few_reports_take_for_the_annual_summit_in_its_city_is_shown_as_the_forum_s()
    {
        var merged = Merge(
            Published("2026-10-06", "Modi met Putin on the sidelines of the BRICS summit in New Delhi on 5 October 2026."),
            Published("2026-10-07", "On the sidelines of the BRICS summit in New Delhi on October 5, 2026, Modi and Putin held bilateral talks."),
            Published("2026-10-08", "Modi and Putin held their annual summit in New Delhi on 5 October 2026."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(SummitKind.Multilateral, summit.Kind);
        Assert.Equal("BRICS", summit.Forum);
    }

    [Theory]
    // The story's date is only the day of its lead's news: "on Friday" counted from it is a guess, and the call sources date is near.
    [InlineData("Modi in Moscow\n\nPrime Minister Narendra Modi and President Vladimir Putin held talks in Moscow on 8 July 2024. The two leaders had spoken by phone on Friday to prepare the visit.", 1)]
    // The page states its date: the call on Friday, 5 July, is another call.
    [InlineData("---\npublished: 2024-07-08\n---\nPrime Minister Narendra Modi and President Vladimir Putin held talks in Moscow. The two leaders had spoken by phone on Friday to prepare the visit.", 2)]
    public void A_call_dated_only_by_counting_from_a_guessed_story_date_is_the_call_sources_date_firmly_days_away(string story, int calls)
    {
        var merged = Merge(
            Published("2024-07-03", "Modi and Putin spoke by phone on 2 July 2024, the Kremlin said."),
            Published("2024-07-04", "Prime Minister Modi and President Putin held a telephone conversation on July 2, 2024."),
            story);

        Assert.Equal(calls, merged.Summits.Count(summit => summit.Kind == SummitKind.PhoneCall));
        var firm = Assert.Single(merged.Summits, summit => summit.Kind == SummitKind.PhoneCall && summit.Start?.ToString() == "2024-07-02");
        Assert.Equal(calls == 1, firm.Mentions.Any(mention => mention.ArticleId == 3));
    }

    [Fact]
    public void A_call_counted_from_a_dateline_that_gives_its_day_without_the_year_is_not_moved_to_another_call_days_away()
    {
        var merged = Merge(
            Published("2023-07-05", "Modi and Putin spoke by phone on 4 July 2023, the Kremlin said."),
            Published("2023-07-06", "Prime Minister Modi and President Putin held a telephone conversation on July 4, 2023."),
            "India-Russia call\n\nMOSCOW, July 8 (Agency) - Prime Minister Narendra Modi and President Vladimir Putin spoke by phone on Friday, the Kremlin said. Trade reached $65 billion in 2023.");

        Assert.Equal(["2023-07-04", "2023-07-07"], merged.Summits.Where(summit => summit.Kind == SummitKind.PhoneCall).Select(summit => summit.Start?.ToString()).Order());
    }

    [Fact]
    public void A_visit_most_reports_tell_as_a_visit_stays_bilateral_though_some_place_it_at_a_forum_in_its_city()
    {
        var merged = Merge(
            Published("2014-11-28", "Modi met Putin on the sidelines of the BRICS summit in New Delhi on 27 November 2014."),
            Published("2014-11-28", "On the sidelines of the BRICS summit in New Delhi on November 27, 2014, Modi and Putin held talks."),
            Published("2014-11-29", "President Putin paid a state visit to New Delhi on 27 November 2014, holding talks with Prime Minister Modi."),
            Published("2014-11-30", "Putin's state visit to New Delhi on November 27, 2014 brought talks with Modi on defence."),
            Published("2014-12-01", "Modi and Putin held their annual summit in New Delhi on 27 November 2014."));

        var summit = Assert.Single(merged.Summits);
        Assert.NotEqual(SummitKind.Multilateral, summit.Kind);
    }

    [Fact]
    public void A_forum_summit_a_report_calls_the_annual_summit_is_not_the_annual_summit_held_in_its_city_that_year()
    {
        var merged = Merge(
            Published("2014-10-14", "Modi met Putin on the sidelines of the BRICS summit in Moscow on 13 October 2014."),
            Published("2014-10-15", "On the sidelines of the BRICS summit in Moscow on October 13, 2014, Modi and Putin held talks."),
            Published("2014-10-16", "Modi and Putin held their annual summit in Moscow on 13 October 2014."),
            Published("2014-08-23", "Modi and Putin held the 12th annual summit in Moscow on 22 August 2014."),
            Published("2014-08-24", "The 12th India-Russia annual summit took place in Moscow on August 22, 2014."));

        Assert.Equal(["2014-08-22", "2014-10-13"], merged.Summits.Select(summit => summit.Start?.ToString()).Order());
    }

    [Fact]
    public void A_meeting_at_a_leaders_forum_summit_is_not_the_numbered_annual_summit_in_its_city()
    {
        var merged = Merge(
            Published("2014-08-23", "Modi and Putin held the 12th annual summit in Moscow on 22 August 2014."),
            Published("2015-02-11", "In 2014, Modi travelled to Moscow for the 12th annual summit."),
            Published("2016-05-19", "Ties remain strong more than a year after Modi's meeting with Putin on the sidelines of the BRICS summit in Moscow in 2014."));

        Assert.Equal(2, merged.Summits.Count);
        Assert.Contains(merged.Summits, summit => summit.Kind == SummitKind.Multilateral && summit.Forum == "BRICS");
    }

    [Fact]
    public void Reports_that_put_one_forum_summit_in_another_city_in_the_same_month_are_that_summit()
    {
        var merged = Merge(
            Published("2021-08-21", "Modi met Putin on the sidelines of the SCO summit in Dushanbe on 19 August 2021."),
            Published("2021-08-22", "At the SCO summit in Dushanbe on August 19, 2021, Modi and Putin held bilateral talks."),
            Published("2021-08-25", "Modi and Putin held talks at the SCO summit in Moscow in August 2021."),
            Published("2021-12-01", "Modi and Putin met in Kazan in October 2021, two months after the SCO summit."));

        var sco = Assert.Single(merged.Summits, summit => summit.Forum == "SCO");
        Assert.Equal(("2021-08-19", "Dushanbe"), (sco.Start?.ToString(), sco.City));
        Assert.Equal([1, 2, 3], sco.Mentions.Select(mention => mention.ArticleId).Distinct().Order());
    }

    [Fact]
    public void An_annual_summit_placed_only_in_its_year_is_the_best_supported_summit_of_that_year()
    {
        var merged = Merge(
            "Summit year\n\nPutin visit to India: 2001 summit expected to focus on trade. Vajpayee and Putin will hold the annual summit in 2001, officials said.",
            Published("2001-12-01", "Vajpayee and Putin held the annual summit in Sochi on 15 November 2001."),
            Published("2001-12-02", "Vajpayee and Putin held the India-Russia annual summit in Sochi on November 15, 2001."));

        var summit = Assert.Single(merged.Summits);
        Assert.Equal(("2001-11-15", "Sochi"), (summit.Start?.ToString(), summit.City));
    }

    [Fact]
    public void A_visit_a_week_off_that_no_report_dates_with_its_year_is_the_visit_sources_date_in_that_city()
    {
        var merged = Merge(
            Published("2012-08-25", "Manmohan Singh and Vladimir Putin held talks in Kazan on 22 August 2012."),
            Published("2012-08-26", "Manmohan Singh met Vladimir Putin in Kazan on August 22, 2012."),
            // Written on the Wednesday itself: "on Wednesday" read ahead lands a week later.
            Published("2012-08-22", "Manmohan Singh will visit Kazan on Wednesday to meet Vladimir Putin."));

        var kazan = Assert.Single(merged.Summits);
        Assert.Equal("2012-08-22", kazan.Start?.ToString());
        Assert.Equal([1, 2, 3], kazan.Mentions.Select(mention => mention.ArticleId).Order());
    }

    [Fact]
    public void The_date_most_reports_give_stands_whichever_report_came_first()
    {
        string[] articles =
        [
            Published("2023-06-20", "Modi and Putin held the 18th annual summit in Moscow on 7 June 2023."),
            Published("2024-01-10", "Modi and Putin held the 18th annual summit in Moscow on 23 December 2023."),
            Published("2024-01-12", "The 18th annual summit between Modi and Putin took place in Moscow on 23 December 2023."),
        ];

        var forward = Assert.Single(Merge(articles).Summits);
        var backward = Assert.Single(Merge([.. articles.Reverse()]).Summits);

        Assert.Equal("2023-12-23", forward.Start?.ToString());
        Assert.Equal("2023-12-23", backward.Start?.ToString());
    }
}
