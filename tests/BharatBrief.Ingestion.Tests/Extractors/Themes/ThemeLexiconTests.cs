using BharatBrief.Ingestion.Extractors.Themes;

namespace BharatBrief.Ingestion.Tests.Extractors.Themes;

public sealed class ThemeLexiconTests
{
    private static readonly ThemeLexicon Lexicon = ThemeLexicon.Default;

    [Theory]
    [InlineData("India bought five S-400 squadrons.", "defence")]
    [InlineData("The BrahMos programme expanded.", "defence")]
    [InlineData("The navy inducted two frigates.", "defence")]
    [InlineData("The logistics pact lets both air forces use the bases.", "defence")]
    [InlineData("They agreed to co-develop the engines.", "defence")]
    [InlineData("Indian refiners raised crude purchases.", "energy")]
    [InlineData("Long-term LNG contracts are under discussion.", "energy")]
    [InlineData("Rosneft owns a stake in the refinery.", "energy")]
    [InlineData("Green hydrogen projects were discussed.", "energy")]
    [InlineData("The second unit began feeding the southern grid.", "energy")]
    [InlineData("The 1,000-megawatt station raised power generation in the state.", "energy")]
    [InlineData("Two more reactors are planned at Kudankulam.", "nuclear")]
    [InlineData("Rosatom will supply uranium.", "nuclear")]
    [InlineData("Bilateral trade hit a record.", "trade")]
    [InlineData("Negotiations on an FTA with the Eurasian bloc resumed.", "trade")]
    [InlineData("Fertiliser imports rose sharply.", "trade")]
    [InlineData("The two sides are expected to sign an agreement on Arctic shipping.", "trade")]
    [InlineData("Cargo along the Northern Sea Route doubled.", "trade")]
    [InlineData("Washington sanctioned two Indian firms.", "sanctions")]
    [InlineData("The threat of secondary sanctions looms.", "sanctions")]
    [InlineData("A 25% tariff on Indian goods took effect.", "sanctions")]
    [InlineData("Kyiv called for a ceasefire.", "ukraine-war")]
    [InlineData("The invasion caused heavy civilian casualties.", "ukraine-war")]
    [InlineData("India guards its strategic autonomy.", "strategic-autonomy")]
    [InlineData("New Delhi prefers multi-alignment to alliances.", "strategic-autonomy")]
    [InlineData("India remains non-aligned in a multipolar world.", "strategic-autonomy")]
    [InlineData("The rupee–rouble settlement mechanism was revived.", "payments")]
    [InlineData("Banks opened vostro accounts to settle trade in national currencies.", "payments")]
    [InlineData("Russia was cut off from SWIFT.", "payments")]
    [InlineData("The two space agencies will cooperate on satellites.", "technology")]
    [InlineData("Critical minerals and rare earths were on the agenda.", "technology")]
    [InlineData("Russia will issue more visas to Indian workers.", "labour-mobility")]
    [InlineData("Indian nationals were conscripted into the army.", "labour-mobility")]
    [InlineData("Beijing and Moscow drew closer.", "china")]
    [InlineData("Xi Jinping will attend.", "china")]
    [InlineData("The BRICS summit opened in Kazan.", "multilateral")]
    [InlineData("India abstained at the UN.", "multilateral")]
    [InlineData("SCO ministers met in Astana.", "multilateral")]
    [InlineData("Both sides condemned terrorism in all its forms.", "counterterrorism")]
    [InlineData("Counter-terrorism cooperation will deepen.", "counterterrorism")]
    [InlineData("He thanked Modi for his efforts to resolve the Ukrainian crisis.", "ukraine-war")]
    [InlineData("The conflict in Ukraine dragged on.", "ukraine-war")]
    [InlineData("An International Criminal Court arrest warrant limits his travel.", "ukraine-war")]
    [InlineData("India stands on the side of peace.", "ukraine-war")]
    [InlineData("He urged that the crisis be resolved by peaceful means.", "ukraine-war")]
    [InlineData("The Group of Twenty met in New Delhi.", "multilateral")]
    [InlineData("India refuses to choose sides.", "strategic-autonomy")]
    [InlineData("A country that wants to grow cannot join one camp.", "strategic-autonomy")]
    [InlineData("India's interest is not in choosing sides.", "strategic-autonomy")]
    [InlineData("New Delhi has never chosen sides in the war.", "strategic-autonomy")]
    [InlineData("India stands on the side of peace.", "strategic-autonomy")]
    [InlineData("India makes its own choices.", "strategic-autonomy")]
    [InlineData("The embassy arranged the evacuation from Kharkiv.", "labour-mobility")]
    [InlineData("An Indian student was killed in the shelling.", "labour-mobility")]
    public void A_sentence_names_the_theme_of_its_words(string sentence, string theme) =>
        Assert.Contains(theme, Lexicon.ThemesOf(sentence));

    [Theory]
    [InlineData("sanction", "sanctions")]
    [InlineData("sanctioned", "sanctions")]
    [InlineData("sanctioning", "sanctions")]
    [InlineData("reactor", "nuclear")]
    [InlineData("reactors", "nuclear")]
    [InlineData("refinery", "energy")]
    [InlineData("refineries", "energy")]
    [InlineData("refining", "energy")]
    [InlineData("terrorists", "counterterrorism")]
    [InlineData("settlement", "payments")]
    [InlineData("co-development", "defence")]
    [InlineData("picking sides", "strategic-autonomy")]
    [InlineData("took sides", "strategic-autonomy")]
    [InlineData("refused to change course", "strategic-autonomy")]
    [InlineData("bought oil in defiance of Washington", "strategic-autonomy")]
    [InlineData("defied the pressure", "strategic-autonomy")]
    [InlineData("will not choose between them", "strategic-autonomy")]
    public void Inflected_forms_match_their_entry(string word, string theme) =>
        Assert.Contains(Lexicon.Match($"They spoke of {word} today."), match => match.Slug == theme);

    [Theory]
    [InlineData("rupee-ruble trade")]
    [InlineData("rupee–rouble trade")]
    [InlineData("rupee ruble trade")]
    [InlineData("Rupee-Rouble Trade")]
    public void Dashes_and_case_do_not_matter_for_ordinary_phrases(string text) =>
        Assert.Equal("payments", Lexicon.ThemesOf(text)[0]);

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        Assert.Contains("multilateral", Lexicon.ThemesOf("The UN vote split the room."));
        Assert.DoesNotContain("multilateral", Lexicon.ThemesOf("An un-named official spoke."));
    }

    [Fact]
    public void Dotted_acronyms_match()
    {
        Assert.Contains(Lexicon.Match("U.S. sanctions bite."), match => match.Term == "U.S." && match.Slug == "sanctions");
    }

    [Fact]
    public void Words_match_whole_not_inside_other_words()
    {
        Assert.Empty(Lexicon.Match("The mayor visited Armstrong Street and bought oilcloth at Wartburg."));
    }

    [Theory]
    [InlineData("Leaders of the G20 met in New Delhi.")]
    [InlineData("Deposits of rare-earth ore were surveyed.")]
    public void One_mention_spelled_like_two_entries_counts_once(string sentence) =>
        Assert.Single(Lexicon.Match(sentence));

    [Theory]
    [InlineData("An agreement on the temporary labour activity of citizens was signed.", "labour-mobility", "temporary labour")]
    [InlineData("Both sides will cooperate in countering illegal migration.", "labour-mobility", "illegal migration")]
    [InlineData("Modi told Putin that today's era is not of war.", "ukraine-war", "era is not of war")]
    [InlineData("He said the era was not of war.", "ukraine-war", "era was not of war")]
    public void A_set_phrase_counts_as_one_strong_mention(string sentence, string theme, string phrase) =>
        Assert.Contains(Lexicon.Match(sentence), match => match.Slug == theme && match.Term == phrase && match.Weight >= 3);

    [Fact]
    public void The_longest_phrase_wins()
    {
        var matches = Lexicon.Match("Russia leased a nuclear submarine.");

        var match = Assert.Single(matches);
        Assert.Equal("defence", match.Slug);
        Assert.Equal("nuclear submarine", match.Term);
    }

    [Theory]
    [InlineData("Ties date back to the Cold War.")]
    [InlineData("A Delhi think tank hosted the talk.")]
    [InlineData("Moscow welcomed him with open arms.")]
    [InlineData("The firm aims to be carbon neutral by 2040.")]
    [InlineData("He spoke on Independence Day.")]
    public void Ignored_phrases_claim_their_words(string sentence) =>
        Assert.Empty(Lexicon.ThemesOf(sentence));

    [Theory]
    [InlineData("Defence Minister Rajnath Singh flew to Moscow.", "defence")]
    [InlineData("The defence ministers of both countries met.", "defence")]
    [InlineData("The Trade Minister was in the delegation.", "trade")]
    [InlineData("Trade reached 65 billion US dollars.", "sanctions")]
    [InlineData("Trade reached 65 billion US dollars.", "payments")]
    [InlineData("India gained access to non-Western markets.", "sanctions")]
    [InlineData("Putin travels to New Delhi next week.", "labour-mobility")]
    [InlineData("Summits make bureaucracies settle stuck files.", "payments")]
    [InlineData("Modi spoke at the Eastern Economic Forum in Vladivostok.", "multilateral")]
    [InlineData("Modi spoke at the Eastern Economic Forum in Vladivostok.", "trade")]
    [InlineData("Indian nationals recruited into the Russian army want to come home.", "defence")]
    [InlineData("Some are still serving in the Russian armed forces.", "defence")]
    [InlineData("They were hired as helpers with the Russian army.", "defence")]
    public void A_word_that_only_names_an_office_a_unit_or_an_event_is_no_theme(string sentence, string theme) =>
        Assert.DoesNotContain(Lexicon.Match(sentence), match => match.Slug == theme);

    [Fact]
    public void A_settlement_of_payments_still_counts()
    {
        Assert.Contains(Lexicon.Match("The settlement of trade in rupees stalled."), match => match.Slug == "payments");
        Assert.Contains(Lexicon.Match("Exporters want to settle trade in national currencies."), match => match.Slug == "payments");
    }

    [Fact]
    public void Words_of_an_ignored_phrase_still_count_elsewhere()
    {
        Assert.Contains("ukraine-war", Lexicon.ThemesOf("The war goes on."));
        Assert.Contains("defence", Lexicon.ThemesOf("The army lacks a tank regiment."));
    }

    [Fact]
    public void A_company_name_matches_only_as_a_name()
    {
        Assert.Contains("energy", Lexicon.ThemesOf("Reliance signed a supply contract."));
        Assert.DoesNotContain("energy", Lexicon.ThemesOf("Its reliance on imports grew."));
    }

    [Fact]
    public void A_possessive_does_not_hide_the_word()
    {
        Assert.Contains("china", Lexicon.ThemesOf("China’s role grew."));
        Assert.Contains("china", Lexicon.ThemesOf("China's role grew."));
    }

    [Fact]
    public void A_single_weak_cue_names_no_theme()
    {
        Assert.Empty(Lexicon.ThemesOf("There is pressure on the schedule."));
        Assert.Empty(Lexicon.ThemesOf("The two leaders met for lunch."));
    }

    [Fact]
    public void Matches_point_at_their_words()
    {
        const string text = "Talks on LNG and S-400 deliveries.";

        var matches = Lexicon.Match(text);

        Assert.Equal(["LNG", "S-400"], matches.Select(match => text.Substring(match.Start, match.Length)));
    }

    [Fact]
    public void Every_theme_of_the_taxonomy_has_terms()
    {
        Assert.Equal(ThemeTaxonomy.All.Select(theme => theme.Slug), Lexicon.Slugs);
        Assert.All(Lexicon.Slugs, slug => Assert.Contains(Lexicon.Terms, term => !term.IsIgnored && Lexicon.Slugs[term.Theme] == slug));
    }

    [Theory]
    [InlineData("Russian firms hold large rupee balances in Indian banks.")]
    [InlineData("Ukraine became independent in 1991, four months before India's independence day.")]
    [InlineData("Modi was the first Indian leader to visit independent Ukraine since India's independence.")]
    public void Money_balances_and_a_nation_s_independence_say_nothing_of_strategic_autonomy(string text)
    {
        Assert.DoesNotContain(Lexicon.Match(text), match => match.Slug == "strategic-autonomy");
    }
}
