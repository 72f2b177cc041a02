using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Agreements;

/// <summary>Status verbs and agreement names, one sentence at a time.</summary>
public sealed class AgreementSentenceTests
{
    private static IReadOnlyList<AgreementMention> AgreementsOf(string text)
    {
        var source = new ArticleSource($"---\npublished: 2025-06-15\n---\nIndia and Russia. {text}", ArticleFormat.PlainText, "case.txt");
        return ArticlePipeline.Default.Parse(source).Agreements;
    }

    [Theory]
    [InlineData("Russia has proposed a rupee-rouble payment mechanism.", "rupee-rouble", "proposed")]
    [InlineData("Moscow offered a deal on small modular reactors.", "modular reactors", "proposed")]
    [InlineData("New Delhi is reviewing a Russian offer for nuclear reactors.", "nuclear reactors", "proposed")]
    [InlineData("The two sides are negotiating a free trade agreement with the Eurasian Economic Union.", "free trade", "under-negotiation")]
    [InlineData("Talks are advancing on long-term LNG supply contracts.", "LNG", "under-negotiation")]
    [InlineData("The sides are expected to sign an agreement on Arctic shipping.", "Arctic", "under-negotiation")]
    [InlineData("Both sides have finalised an agreement on visa-free group travel.", "visa", "agreed")]
    [InlineData("The leaders agreed to a commitment to raise trade to $100 billion.", "100 billion", "agreed")]
    [InlineData("India and Russia inked an MoU on space cooperation.", "space", "signed")]
    [InlineData("India signed a contract for 600,000 AK-203 rifles.", "AK-203", "signed")]
    [InlineData("The S-400 deal, signed in 2018, faced US sanctions threats.", "S-400", "signed")]
    [InlineData("The State Duma ratified the Reciprocal Exchange of Logistic Support (RELOS) agreement.", "RELOS", "ratified")]
    [InlineData("The logistics pact, known as RELOS, entered into force in January.", "logistics", "in-force")]
    [InlineData("Work continues on reactors at the Kudankulam Nuclear Power Plant.", "Kudankulam", "in-force")]
    [InlineData("India has yet to sign the Arctic shipping agreement.", "Arctic", "under-negotiation")]
    [InlineData("The Arctic shipping treaty has been signed but is yet to be ratified by the Duma.", "Arctic", "signed")]
    [InlineData("Officials said a deal for additional S-400 squadrons was not on the agenda.", "S-400", "proposed")]
    [InlineData("A deal for the supply of additional S-400 units is also under discussion.", "S-400", "under-negotiation")]
    [InlineData("The two sides agreed to finalise the Free Trade Agreement with the EAEU by next year.", "Free Trade", "under-negotiation")]
    [InlineData("An agreement on the mutual protection of investments was concluded during the visit.", "protection of investments", "signed")]
    [InlineData("The two governments concluded an agreement on pharmaceutical standards in Moscow.", "pharmaceutical", "signed")]
    [InlineData("Negotiators concluded talks on a treaty on legal assistance in civil matters.", "legal assistance", "agreed")]
    [InlineData("The prime minister used the visit to sign a protocol on fisheries cooperation.", "fisheries", "signed")]
    [InlineData("The lease of a third Akula-class nuclear-powered attack submarine, signed in March 2019, is late.", "submarine", "signed")]
    [InlineData("The most ambitious document is the Strategic Vision for Strengthening Cooperation in Peaceful Uses of Atomic Energy, signed when Putin visited New Delhi.", "Strategic Vision", "signed")]
    [InlineData("Officials pointed to the RELOS agreement, ratified by the Duma last year.", "RELOS", "ratified")]
    [InlineData("Much rests on the AK-203 contract, finalised after years of talks.", "AK-203", "agreed")]
    [InlineData("NPCIL signed the framework agreement together with the intergovernmental credit protocol that finances the units.", "credit protocol", "signed")]
    [InlineData("The two sides will adopt a programme of cooperation in the Russian Far East at the summit.", "Far East", "under-negotiation")]
    [InlineData("A programme of cooperation in the Russian Far East is to be adopted at the summit.", "Far East", "under-negotiation")]
    [InlineData("Officials expect a programme of cooperation in the Russian Far East, to be adopted at the summit.", "Far East", "under-negotiation")]
    [InlineData("A memorandum on pharmaceutical standards will be inked next week.", "pharmaceutical", "under-negotiation")]
    [InlineData("The leaders took note of the Programme for Cooperation in the Russian Far East for the period 2024-2029, which was signed on the occasion.", "Far East", "signed")]
    [InlineData("Officials cited the agreement on fisheries cooperation between the two coast guards, which has been ratified by both parliaments.", "fisheries", "ratified")]
    [InlineData("Two outcome documents were adopted: a joint statement on the summit and a Programme for Cooperation in the Russian Far East.", "Far East", "signed")]
    [InlineData("Three documents were signed: a memorandum on pharmaceutical standards, a protocol on fisheries and a customs agreement.", "pharmaceutical", "signed")]
    public void Status_comes_from_the_verbs_around_the_name(string sentence, string match, string status)
    {
        var agreement = Assert.Single(AgreementsOf(sentence), found =>
            found.Name.Contains(match, StringComparison.OrdinalIgnoreCase) || found.Aliases.Any(alias => alias.Contains(match, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(status, agreement.Status.ToSlug());
    }

    [Theory]
    [InlineData("The leaders took note of the Programme for Cooperation in the Russian Far East for the period 2024-2029, and the Principles of Cooperation in the Arctic zone of the Russian Federation, which were signed on the occasion.")]
    [InlineData("The ministers welcomed the protocol on fisheries and the memorandum on pharmaceutical standards, which were signed in Moscow.")]
    public void Agreements_joined_by_and_share_a_plural_verb_after_them(string sentence)
    {
        var agreements = AgreementsOf(sentence);
        Assert.Equal(2, agreements.Count);
        Assert.All(agreements, agreement => Assert.Equal("signed", agreement.Status.ToSlug()));
    }

    [Fact]
    public void A_singular_verb_after_the_second_of_two_agreements_is_said_of_it_alone()
    {
        var agreements = AgreementsOf("The ministers discussed the protocol on fisheries, and the memorandum on pharmaceutical standards, which was signed in Moscow.");
        var signed = Assert.Single(agreements);
        Assert.Contains("pharmaceutical", signed.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The visit resulted in key agreements on energy.")]
    [InlineData("The two countries signed 28 agreements and MoUs.")]
    [InlineData("Payment mechanisms remain complicated due to sanctions.")]
    [InlineData("The trip could result in fresh agreements on energy, defence and technology.")]
    [InlineData("Both sides want to chart a fresh roadmap for long-term economic engagement.")]
    [InlineData("Singh’s June 2006 visit to St Petersburg yields deals on trade and payments.")]
    [InlineData("Vladimir Putin, Narendra Modi discuss trade targets in phone call.")]
    [InlineData("Modi and Putin reviewed trade targets in a call.")]
    [InlineData("India will lease a third submarine from Russia.")]
    public void Agreements_in_general_are_not_an_agreement(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Theory]
    [InlineData("Officials are drafting a programme of investment cooperation to 2030 for signature at the summit.", "investment cooperation")]
    [InlineData("The sides signed a Programme of Cultural Exchanges for 2026-2028 in Moscow.", "Cultural Exchanges")]
    public void The_years_a_plan_aims_at_or_covers_do_not_date_it(string sentence, string match)
    {
        var agreement = Assert.Single(AgreementsOf(sentence), found => found.Name.Contains(match, StringComparison.OrdinalIgnoreCase)
            || found.Aliases.Any(alias => alias.Contains(match, StringComparison.OrdinalIgnoreCase)));
        Assert.NotEqual(2030, agreement.Date?.Year);
        Assert.NotEqual(2026, agreement.Date?.Year);
    }

    [Fact]
    public void A_signing_told_without_its_date_in_an_undated_article_is_not_dated_by_the_latest_event()
    {
        var source = new ArticleSource(
            "Memoir\n\nIndia and Russia. Putin and Vajpayee signed the Declaration on Cooperation in Oceanography. Years later, on the 4th of June 2009, the two navies exercised together.",
            ArticleFormat.PlainText, "memoir.txt");

        var agreement = Assert.Single(ArticlePipeline.Default.Parse(source).Agreements, found => found.Name.Contains("Oceanography", StringComparison.Ordinal));
        Assert.Null(agreement.Date);
    }

    [Fact]
    public void A_known_document_whose_name_holds_another_s_key_is_the_one_its_name_says_most_of()
    {
        var names = AgreementsOf("In 2002 they signed the Delhi Declaration on Further Consolidation of Strategic Partnership. "
            + "It built on the Declaration on Strategic Partnership of 2000, signed in New Delhi.").Select(agreement => agreement.Name).Order();

        Assert.Equal(["Declaration on Strategic Partnership", "Delhi Declaration on Further Consolidation of Strategic Partnership"], names);
    }

    [Fact]
    public void A_deal_told_by_its_amount_beside_a_named_agreement_is_that_agreement()
    {
        var agreement = Assert.Single(AgreementsOf("India agreed to buy six AK-203 rifle lines from Russia in a $600 million deal signed in Moscow in March."));

        Assert.Equal((true, "signed"), (agreement.Name.Contains("AK-203", StringComparison.Ordinal), agreement.Status.ToSlug()));
    }

    [Theory]
    [InlineData("The logistics agreement signed in February, known as RELOS, is awaiting ratification in Moscow.", "Reciprocal Exchange of Logistics Support")]
    [InlineData("A multi-billion-dollar air defence contract is expected to be signed during the visit.", "S-400 Triumf air defence systems contract")]
    public void A_name_given_after_a_participle_s_clause_or_by_its_words_is_the_known_agreement(string sentence, string known)
    {
        var agreement = Assert.Single(AgreementsOf(sentence));

        Assert.True(agreement.Name == known || agreement.Aliases.Contains(known) || KnownIs(agreement, known), agreement.Name);
    }

    private static bool KnownIs(AgreementMention agreement, string known) =>
        BharatBrief.Ingestion.Extractors.Agreements.KnownAgreements.Default.Find(agreement.Name)?.Name == known;

    [Fact]
    public void Counted_items_after_and_are_agreements_of_their_own()
    {
        var names = AgreementsOf("Contracts for 42 fighters and 71 helicopters were signed on Monday.").Select(agreement => agreement.Name).Order();

        Assert.Equal(["Contract for 42 fighters", "Contract for 71 helicopters"], names);
    }

    [Fact]
    public void What_follows_a_list_of_contracts_is_said_of_every_item()
    {
        var agreements = AgreementsOf("Contracts for 42 Su-30MKI kits and 71 Mi-17V5 helicopters, worth about $2.9 billion together, were signed in New Delhi.");

        Assert.Equal([("Contract for 42 Su-30MKI kits", "signed"), ("Contract for 71 Mi-17V5 helicopters", "signed")],
            agreements.Select(agreement => (agreement.Name, agreement.Status.ToSlug())).Order());
    }

    [Theory]
    [InlineData("The Philippines signed for three shore-based batteries in January 2022. That is an India–Philippines contract.")]
    [InlineData("India signed a defence agreement with Thailand in March.")]
    public void A_deal_with_another_country_is_not_india_russia(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Fact]
    public void An_era_before_an_agreement_noun_is_not_its_name()
    {
        Assert.DoesNotContain(AgreementsOf("The reactor project grew out of a Cold War agreement signed in 1988."), agreement => agreement.Name.Contains("Cold War", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_joins_its_long_form()
    {
        var agreement = Assert.Single(AgreementsOf(
            "The Duma ratified the Polar Shipping Cooperation Framework (PSCF) agreement. Beyond PSCF, the sides discussed other plans."));
        Assert.Equal("Polar Shipping Cooperation Framework", agreement.Name);
        Assert.Equal(["PSCF"], agreement.Aliases);
        Assert.Equal(2, agreement.Evidence.Count);
    }

    [Fact]
    public void A_deal_named_by_example_is_that_deal()
    {
        var agreement = Assert.Single(AgreementsOf("Deals like Reliance–Rosneft give India access to cheaper Russian oil."));
        Assert.Equal("Reliance–Rosneft deal", agreement.Name);
        Assert.Equal(AgreementKind.Contract, agreement.Kind);
    }

    [Fact]
    public void The_latest_status_of_the_article_wins_and_every_claim_is_kept()
    {
        var agreement = Assert.Single(AgreementsOf(
            "Russia proposed the RELOS logistics agreement in 2019. The State Duma later ratified the RELOS agreement."));
        Assert.Equal(AgreementStatus.Ratified, agreement.Status);
        Assert.Equal([AgreementStatus.Proposed, AgreementStatus.Ratified], agreement.Statuses.Select(claim => claim.Status));
    }

    [Theory]
    [InlineData("Negotiations on the Agreement on Cooperation in Combating International Terrorism continue, with issues still open.",
        "Agreement on Cooperation in Combating International Terrorism", "under-negotiation")]
    [InlineData("The Nuclear Fuel Supply Contract for Kudankulam came into force on May 10, 2023.", "Nuclear Fuel Supply Contract for Kudankulam", "in-force")]
    [InlineData("The two sides signed the Agreement on Cooperation in Satellite Navigation at the summit in New Delhi.",
        "Agreement on Cooperation in Satellite Navigation", "signed")]
    [InlineData("They signed the Agreement on the Mobility of Skilled and Semi-Skilled Workers in Moscow.", "Agreement on the Mobility of Skilled and Semi-Skilled Workers", "signed")]
    [InlineData("The ministers signed the Programme of Cooperation in Fisheries for the period 2021-2025 in Moscow.", "Programme of Cooperation in Fisheries for the period 2021-2025", "signed")]
    [InlineData("The Programme for Cooperation in Trade, Economic and Investment Spheres in the Russian Far East for the period 2024-2029 was signed on the occasion.",
        "Programme for Cooperation in Trade, Economic and Investment Spheres in the Russian Far East for the period 2024-2029", "signed")]
    public void A_capitalised_name_ends_where_the_sentence_goes_on_in_lower_case(string sentence, string name, string status)
    {
        var agreement = Assert.Single(AgreementsOf(sentence));
        Assert.Equal((name, status), (agreement.Name, agreement.Status.ToSlug()));
    }

    [Theory]
    [InlineData("## What was signed\n\n1. Agreement on temporary labour activity of citizens\n2. MoU on cooperation in fertilisers between Uralchem and Indian firms\n", "signed")]
    [InlineData("The following documents were signed:\n\n- Agreement on temporary labour activity of citizens\n- MoU on cooperation in fertilisers between Uralchem and Indian firms\n", "signed")]
    public void A_list_takes_its_status_from_the_line_that_introduces_it(string list, string status)
    {
        var source = new ArticleSource($"---\npublished: 2025-12-05\n---\n# India and Russia sign deals\n\nModi and Putin held talks in New Delhi.\n\n{list}", ArticleFormat.Markdown, "case.md");
        var agreements = ArticlePipeline.Default.Parse(source).Agreements;

        Assert.Equal(2, agreements.Count);
        Assert.All(agreements, agreement => Assert.Equal(status, agreement.Status.ToSlug()));
    }

    [Fact]
    public void A_list_under_a_heading_that_says_nothing_of_status_names_no_agreement()
    {
        var source = new ArticleSource("---\npublished: 2025-12-05\n---\n# India and Russia\n\nModi and Putin held talks in New Delhi.\n\n## Background\n\n- Agreement on temporary labour activity of citizens\n", ArticleFormat.Markdown, "case.md");

        Assert.Empty(ArticlePipeline.Default.Parse(source).Agreements);
    }
}
