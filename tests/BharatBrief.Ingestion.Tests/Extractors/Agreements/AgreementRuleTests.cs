using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Agreements;

/// <summary>Agreements in ordinary words, their names, their parties and the status their verbs give, one rule at a time.</summary>
public sealed class AgreementRuleTests
{
    private static IReadOnlyList<AgreementMention> AgreementsOf(string text, string published = "2025-06-15")
    {
        var source = new ArticleSource($"---\npublished: {published}\n---\nIndia and Russia. {text}", ArticleFormat.PlainText, "case.txt");
        return ArticlePipeline.Default.Parse(source).Agreements;
    }

    private static AgreementMention One(IReadOnlyList<AgreementMention> agreements, string match) =>
        Assert.Single(agreements, found => found.Name.Contains(match, StringComparison.OrdinalIgnoreCase)
            || found.Aliases.Any(alias => alias.Contains(match, StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public void Agreements_in_the_plural_over_a_list_are_one_agreement_per_item()
    {
        var agreements = AgreementsOf("Moscow and New Delhi signed pacts on fertiliser supply and shipbuilding.");

        Assert.Equal(2, agreements.Count);
        Assert.All(agreements, agreement => Assert.Equal(AgreementStatus.Signed, agreement.Status));
        One(agreements, "fertiliser supply");
        One(agreements, "shipbuilding");
    }

    [Theory]
    [InlineData("India, Russia sign deals on energy and mobility")]
    [InlineData("Moscow and New Delhi signed agreements on trade and payments on Friday.")]
    public void Agreements_over_a_list_with_a_bare_field_name_fields_not_agreements(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Theory]
    [InlineData("The two governments signed agreements on shipbuilding.")]
    public void Agreements_in_the_plural_over_one_item_are_several_in_its_field_not_one(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Fact]
    public void Projects_in_the_plural_are_a_region_s_not_one_project()
    {
        Assert.Empty(AgreementsOf("Indian buyers signed up for long-term LNG supply from Arctic projects."));
    }

    [Fact]
    public void A_target_written_as_a_title_keeps_the_title_as_an_alias()
    {
        var target = Assert.Single(AgreementsOf("The Commitment to Doubling Bilateral Trade to USD 100 Billion was agreed in January."));

        Assert.Equal("Trade target of $100 billion", target.Name);
        Assert.Contains("Commitment to Doubling Bilateral Trade to USD 100 Billion", target.Aliases);
    }

    [Theory]
    [InlineData("The two sides restated the target of $100 billion in annual trade by 2030, against $68.7 billion in 2024-25.")]
    [InlineData("The two sides restated the target of $100 billion in annual trade by 2030, up from $65 billion last year.")]
    public void A_level_set_against_the_target_is_no_target(string sentence)
    {
        Assert.Equal("Trade target of $100 billion by 2030", Assert.Single(AgreementsOf(sentence)).Name);
    }

    [Fact]
    public void A_clause_that_says_what_an_agreement_does_names_it_and_another_on_names_the_next()
    {
        var agreements = AgreementsOf("Documents were signed after the talks. Among them are an agreement that will make it easier for Indian citizens to work temporarily in Russia and another on joint efforts against illegal migration, and a memorandum under which Indian fertiliser companies and Uralchem will look at building a urea plant.");

        Assert.Equal(
            ["Agreement on joint efforts against illegal migration", "Agreement that will make it easier for Indian citizens to work temporarily in Russia", "Memorandum under which Indian fertiliser companies and Uralchem will look at building a urea plant"],
            agreements.Select(agreement => agreement.Name).Order());
        Assert.All(agreements, agreement => Assert.Equal(AgreementStatus.Signed, agreement.Status));
    }

    [Theory]
    [InlineData("The leaders signed an action plan setting out priority areas for cooperation in nuclear energy.", "Action plan setting out priority areas for cooperation in nuclear energy")]
    [InlineData("The leaders signed an agreement that will allow joint production of spare parts in India.", "Agreement that will allow joint production of spare parts in India")]
    public void A_participle_or_relative_clause_after_the_noun_is_the_agreement_s_name(string sentence, string name)
    {
        Assert.Equal(name, Assert.Single(AgreementsOf(sentence)).Name);
    }

    [Theory]
    [InlineData("The deal that was signed last year stays in force.")]
    [InlineData("The agreement that will be signed is not yet drafted.")]
    public void A_clause_that_says_nothing_of_what_the_agreement_does_names_nothing(string sentence)
    {
        Assert.DoesNotContain(AgreementsOf(sentence), agreement => agreement.Name.Contains("that", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("A package of documents was signed in the presence of the two leaders. Among them are memorandums on health care and on food safety.")]
    [InlineData("Several documents were signed after the talks. Among these were memorandums on health care and on food safety.")]
    public void A_sentence_that_goes_on_to_name_what_was_signed_takes_its_status_from_the_one_before(string text)
    {
        var agreements = AgreementsOf(text);

        Assert.Equal(AgreementStatus.Signed, One(agreements, "health care").Status);
        Assert.Equal(AgreementStatus.Signed, One(agreements, "food safety").Status);
    }

    [Theory]
    [InlineData("The leaders signed the programme on Friday. It is a to-do list rather than a treaty. Then there is the agreement on labour mobility, which is the sleeper story.")]
    [InlineData("Documents were signed after the talks. The ceremony was short. There was also an agreement on labour mobility.")]
    public void There_is_also_an_agreement_after_documents_signed_goes_on_with_them(string text)
    {
        Assert.Equal(AgreementStatus.Signed, One(AgreementsOf(text), "labour mobility").Status);
    }

    [Fact]
    public void There_is_also_an_agreement_with_no_signing_told_before_is_no_deal()
    {
        Assert.Empty(AgreementsOf("India and Russia discussed many things. There is also an agreement on labour mobility."));
    }

    [Theory]
    [InlineData("The effort to settle trade in national currencies has stalled.")]
    [InlineData("The leaders agreed to expand trade in national currencies.")]
    public void Settling_trade_in_national_currencies_is_one_well_known_mechanism(string sentence)
    {
        var agreement = One(AgreementsOf(sentence), "national currencies");

        Assert.Equal(AgreementKind.Mechanism, agreement.Kind);
    }

    [Fact]
    public void The_level_trade_starts_from_is_no_target()
    {
        var agreement = Assert.Single(AgreementsOf("The leaders set a goal of raising bilateral trade to $100 billion by 2030, from about $65 billion in the last financial year."));

        Assert.Equal("Trade target of $100 billion by 2030", agreement.Name);
    }

    [Fact]
    public void An_adverb_between_the_agreement_and_its_subject_is_not_in_its_name()
    {
        var agreement = Assert.Single(AgreementsOf("The two sides had signed an intergovernmental agreement there on the joint manufacture of spare parts."));

        Assert.Equal(("Intergovernmental agreement on the joint manufacture of spare parts", AgreementStatus.Signed), (agreement.Name, agreement.Status));
    }

    [Fact]
    public void A_sentence_naming_documents_after_a_sentence_that_signs_nothing_signs_nothing()
    {
        var agreements = AgreementsOf("Officials met in Moscow on Tuesday. Among them were experts on health care and on food safety.");

        Assert.Empty(agreements);
    }

    [Fact]
    public void A_list_of_purchases_is_one_agreement_per_purchase()
    {
        var agreements = AgreementsOf("The two governments inked agreements for India to acquire six submarines and to build transport aircraft under licence.");

        Assert.Equal("Agreement to acquire six submarines", One(agreements, "submarines").Name);
        Assert.Equal(AgreementStatus.Signed, One(agreements, "transport aircraft").Status);
    }

    [Fact]
    public void A_list_item_that_is_a_well_known_agreement_is_that_agreement()
    {
        var agreements = AgreementsOf("They signed pacts on the purchase of four frigates and long-range air defence systems.");

        Assert.Equal(2, agreements.Count);
        Assert.Contains("S-400 Triumf air defence systems contract", One(agreements, "air defence").Aliases);
    }

    [Theory]
    [InlineData("The two sides signed 12 agreements on energy and shipbuilding.")]
    [InlineData("Several pacts on fertilisers and shipping were discussed.")]
    public void Counted_agreements_are_a_tally_not_a_list_of_deals(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Fact]
    public void Some_nouns_are_one_agreement_by_themselves()
    {
        var agreements = AgreementsOf("They agreed to keep negotiating an FTA and a bilateral investment treaty.");

        Assert.Equal(2, agreements.Count);
        Assert.All(agreements, agreement => Assert.Equal(AgreementStatus.UnderNegotiation, agreement.Status));
    }

    [Theory]
    [InlineData("The ministers unveiled a roadmap for space cooperation to 2035.", "2035", "agreed")]
    [InlineData("Officials are drafting a programme of cooperation in mining for 2026-2030.", "2026-2030", "under-negotiation")]
    public void A_programme_keeps_its_span_in_its_name(string sentence, string span, string status)
    {
        var agreement = One(AgreementsOf(sentence), span);
        Assert.Equal((AgreementKind.Programme, status), (agreement.Kind, agreement.Status.ToSlug()));
    }

    [Theory]
    [InlineData("The leaders agreed to lift bilateral trade to $50 billion by 2030.", "Trade target of $50 billion by 2030")]
    [InlineData("Trade stood at $8 billion, short of the target of nearly 10 billion dollars.", "Trade target of $10 billion")]
    [InlineData("They set a goal of USD 25 billion in two-way trade by 2028.", "Trade target of $25 billion by 2028")]
    public void A_trade_target_is_a_commitment_named_by_its_amount(string sentence, string name)
    {
        var agreement = Assert.Single(AgreementsOf(sentence));
        Assert.Equal((name, AgreementKind.Commitment, AgreementStatus.Agreed), (agreement.Name, agreement.Kind, agreement.Status));
    }

    [Theory]
    [InlineData("Bilateral trade grew by 12 per cent to $9 billion last year.")]
    [InlineData("The deal is worth about $2 billion, officials said of the trade.")]
    public void An_amount_of_trade_is_not_a_target(string sentence)
    {
        Assert.DoesNotContain(AgreementsOf(sentence), agreement => agreement.Kind == AgreementKind.Commitment);
    }

    [Theory]
    [InlineData("Russia announced a $2 billion line of credit for Indian exporters.", "credit", "agreed")]
    [InlineData("Russia will give India a line of credit for railway projects.", "credit", "agreed")]
    [InlineData("India pushed for a deal on fertiliser supplies.", "fertiliser", "proposed")]
    [InlineData("A pact on Arctic shipping may be signed on the sidelines of the summit.", "Arctic", "under-negotiation")]
    [InlineData("The Arctic shipping agreement has stalled.", "Arctic", "under-negotiation")]
    [InlineData("Negotiations on the fertiliser supply pact will resume in March.", "fertiliser", "under-negotiation")]
    [InlineData("A deal on uranium supplies is still being negotiated, officials said.", "uranium", "under-negotiation")]
    [InlineData("The Arctic shipping treaty is awaiting ratification in the Duma.", "Arctic", "signed")]
    [InlineData("The Duma ratified the Arctic shipping agreement, which enters into force only after both sides exchange notes.", "Arctic", "ratified")]
    [InlineData("Terms of reference for negotiating a pact on Arctic shipping were signed in Moscow.", "Arctic", "under-negotiation")]
    [InlineData("Russia's offer of Su-57 fighters is under discussion.", "Su-57", "proposed")]
    [InlineData("A memorandum of understanding on cooperation in mining was also signed.", "mining", "signed")]
    [InlineData("The ministers signed a protocol on consultations between their foreign ministries.", "consultations", "signed")]
    public void Status_follows_the_verb_its_tense_and_its_modality(string sentence, string match, string status)
    {
        Assert.Equal(status, One(AgreementsOf(sentence), match).Status.ToSlug());
    }

    [Fact]
    public void A_parallel_clause_takes_the_status_of_the_clause_before()
    {
        var agreements = AgreementsOf("A pact on Arctic shipping was signed, as were principles of cooperation in fisheries.");

        Assert.Equal(AgreementStatus.Signed, One(agreements, "fisheries").Status);
        Assert.Equal(AgreementStatus.Signed, One(agreements, "Arctic").Status);
    }

    [Fact]
    public void A_question_gives_no_status()
    {
        Assert.Empty(AgreementsOf("Is the Arctic shipping agreement now in force?"));
    }

    [Theory]
    [InlineData("India signed a logistics agreement with Japan in 2020.")]
    [InlineData("The Iran nuclear deal was signed in 2015.")]
    [InlineData("New Delhi announced an arrangement with Beijing on border patrolling.")]
    [InlineData("The leaders called on the international community to adopt the Comprehensive Convention on International Terrorism.")]
    [InlineData("The Convention on Nuclear Safety, adopted at the United Nations, was signed by both.")]
    [InlineData("Both sides called for the expeditious finalisation and adoption of the Comprehensive Convention on International Terrorism.")]
    public void A_deal_between_other_parties_is_not_an_India_Russia_agreement(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Theory]
    [InlineData("Modi offers $1 billion credit for the Far East")]
    [InlineData("Putin offers India a share in Arctic gas projects.")]
    public void A_headline_verb_is_not_an_agreement_name(string sentence)
    {
        Assert.DoesNotContain(AgreementsOf(sentence), agreement => agreement.Name.Contains("offers", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Officials did not announce any new payment arrangement.")]
    [InlineData("Putin was received at the airport by Modi in a break with protocol.")]
    [InlineData("The S-400 systems delivered since 2021 guard the northern border.")]
    [InlineData("India will push for faster deliveries of the remaining S-400 squadrons.")]
    public void Nothing_in_particular_names_no_agreement(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Theory]
    [InlineData("They signed the Agreement on Co-development of Helicopters in Moscow.", "Agreement on Co-development of Helicopters")]
    [InlineData("India signed a contract for 200 helicopters to be assembled by a local firm.", "Contract for 200 helicopters")]
    [InlineData("India signed a contract for frigates in the face of US warnings.", "Contract for frigates")]
    [InlineData("India signed a contract for helicopters and a programme of pilot training.", "Contract for helicopters")]
    [InlineData("The sides signed an agreement for Indian firms to assemble, through joint ventures in India, spare parts for helicopters.",
        "Agreement for Indian firms to assemble spare parts for helicopters")]
    public void A_name_is_readable_and_short(string sentence, string name)
    {
        Assert.Contains(AgreementsOf(sentence), agreement => agreement.Name == name);
    }

    [Fact]
    public void A_well_known_agreement_named_only_by_its_title_needs_a_verb_acting_on_it()
    {
        var agreement = Assert.Single(AgreementsOf("Russia completed its ratification of RELOS in December."));
        Assert.Equal(AgreementStatus.Ratified, agreement.Status);
        Assert.Contains("Reciprocal Exchange of Logistics Support", agreement.Aliases);
    }

    [Fact]
    public void An_agreement_named_as_a_known_title_is_that_agreement()
    {
        var agreement = Assert.Single(AgreementsOf("The logistics pact, known as RELOS, entered into force in January."));
        Assert.Equal(AgreementStatus.InForce, agreement.Status);
        Assert.Contains("RELOS", agreement.Aliases);
    }

    [Fact]
    public void A_collection_of_deals_is_not_a_list_of_deals()
    {
        Assert.Empty(AgreementsOf("In those years India signed a string of deals for aircraft, tanks and warships, keeping Russia its main supplier."));
    }

    [Theory]
    [InlineData("The SCO offers India a platform in Eurasia.")]
    [InlineData("The Shanghai Cooperation Organisation offers India a platform in Eurasia.")]
    public void An_offer_verb_with_an_object_is_no_offer(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Fact]
    public void A_target_without_trade_is_still_named_by_its_amount()
    {
        var agreement = Assert.Single(AgreementsOf("The two sides reaffirmed a target of nearly $70 billion by 2030."));
        Assert.Equal("Target of $70 billion by 2030", agreement.Name);
    }

    [Theory]
    [InlineData("Officials proposed the Energy Cooperation Roadmap 2030 last year.", "Energy Cooperation Roadmap 2030")]
    [InlineData("Both sides are reviewing the Programme for Scientific Cooperation 2021–2031.", "Programme for Scientific Cooperation 2021–2031")]
    public void A_programme_keeps_the_years_after_its_title(string sentence, string name)
    {
        Assert.Equal(name, Assert.Single(AgreementsOf(sentence)).Name);
    }

    [Fact]
    public void A_re_mention_that_names_nothing_does_not_rename_the_agreement()
    {
        var agreement = Assert.Single(AgreementsOf(
            "They signed an agreement on uranium supplies. Officials exchanged more than a dozen agreements covering uranium supplies, space and technology."));
        Assert.Equal("Agreement on uranium supplies", agreement.Name);
    }

    [Theory]
    [InlineData("Talks on an agreement on the protection of investments have stalled.", "protection of investments")]
    [InlineData("They signed an agreement on the recognition of nuclear engineers' diplomas.", "nuclear engineers' diplomas")]
    public void Plurals_and_possessives_stay_in_a_name(string sentence, string match)
    {
        One(AgreementsOf(sentence), match);
    }

    [Fact]
    public void A_new_agreement_described_in_words_is_one_agreement()
    {
        var agreement = Assert.Single(AgreementsOf("The two sides signed an agreement on joint assembly of light transport aircraft."));
        Assert.Equal(("Agreement on joint assembly of light transport aircraft", AgreementStatus.Signed), (agreement.Name, agreement.Status));
    }

    [Theory]
    [InlineData("India signed an agreement on the sidelines of the forum.")]
    [InlineData("Both sides hailed progress on the Kudankulam project.")]
    public void Where_it_was_signed_or_how_it_goes_is_not_what_it_is(string sentence)
    {
        Assert.DoesNotContain(AgreementsOf(sentence), agreement => agreement.Name.Contains("sidelines", StringComparison.Ordinal)
            || agreement.Status == AgreementStatus.UnderNegotiation);
    }

    [Fact]
    public void A_price_is_not_part_of_the_name()
    {
        Assert.Equal("Contract for 40 transport helicopters", Assert.Single(AgreementsOf("India signed a contract for 40 transport helicopters worth about $600 million.")).Name);
    }

    [Fact]
    public void Every_item_of_a_list_of_signed_documents_is_an_agreement_however_it_is_worded()
    {
        var source = new ArticleSource("---\npublished: 2022-12-01\n---\n# India and Russia: outcomes\n\nThe following documents were signed:\n\n"
            + "1. Agreement on cooperation in the field of quarantine and plant protection\n2. Roadmap for cooperation in the fertiliser sector for 2023-2025\n",
            ArticleFormat.Markdown, "case.md");
        var agreements = ArticlePipeline.Default.Parse(source).Agreements;

        Assert.Equal(2, agreements.Count);
        Assert.All(agreements, agreement => Assert.Equal(AgreementStatus.Signed, agreement.Status));
    }

    [Fact]
    public void A_list_introduced_in_a_sentence_and_split_by_section_headings_is_a_list_of_documents()
    {
        var source = new ArticleSource("---\npublished: 2021-12-06\n---\n# List of outcomes\n\n"
            + "Putin paid a working visit to New Delhi for the 21st annual summit with Modi. Fourteen documents were signed. Selected documents are listed below.\n\n"
            + "## A. Defence\n\n1. Agreement on the Programme for Military-Technical Cooperation for the period 2021-2031.\n"
            + "2. Agreement amending the Agreement on cooperation in the manufacturing of small arms.\n\n"
            + "## B. Finance\n\n3. Agreement between the Reserve Bank of India and the Central Bank of the Russian Federation on responding to computer attacks.\n",
            ArticleFormat.Markdown, "case.md");

        var agreements = ArticlePipeline.Default.Parse(source).Agreements;

        Assert.Equal(3, agreements.Count);
        Assert.All(agreements, agreement => Assert.Equal(AgreementStatus.Signed, agreement.Status));
        Assert.DoesNotContain(agreements, agreement => agreement.Name == "Agreement");
    }

    [Fact]
    public void Expected_to_be_finalised_is_still_under_negotiation()
    {
        Assert.Equal(AgreementStatus.UnderNegotiation,
            One(AgreementsOf("An agreement on a second nuclear plant site is expected to be finalised next year."), "nuclear").Status);
    }

    [Theory]
    [InlineData("Two-way commerce is still far below the $50 billion target for 2028 that the leaders set.", "Trade target of $50 billion by 2028")]
    [InlineData("Officials conceded that the $40 billion trade goal would be hard to reach.", "Trade target of $40 billion")]
    public void An_amount_before_its_target_noun_is_the_target(string sentence, string name)
    {
        Assert.Equal(name, Assert.Single(AgreementsOf(sentence)).Name);
    }

    [Theory]
    [InlineData("The leaders restated the aim, first set by their predecessors at a summit in Moscow, of $25 billion in trade by 2027.", "Trade target of $25 billion by 2027")]
    [InlineData("They want to lift trade from roughly $12 billion at present, or about Rs 1 lakh crore at today's rates, to $35 billion (about Rs 3 lakh crore) by 2029.", "Trade target of $35 billion by 2029")]
    public void An_amount_that_completes_a_target_far_before_it_is_the_target(string sentence, string name)
    {
        Assert.Equal(name, Assert.Single(AgreementsOf(sentence)).Name);
    }

    [Theory]
    [InlineData("The ministers signed agreements covering shipbuilding, fertiliser supply and pharmaceuticals.")]
    [InlineData("Officials signed pacts on shipping, railways and other sectors.")]
    [InlineData("The delegations exchanged memorandums on tourism, customs, satellite navigation, among others.")]
    public void Agreements_in_the_plural_over_the_fields_they_cover_name_no_agreement(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Theory]
    [InlineData("India signed a contract for S-400 systems, its largest arms deal with Russia in a decade.", "S-400")]
    [InlineData("Rosneft signed a supply deal with Essar, the biggest oil contract an Indian firm had signed with a Russian producer.", "Essar")]
    public void A_deal_described_by_its_rank_is_the_deal_named_beside_it(string sentence, string match)
    {
        var agreement = Assert.Single(AgreementsOf(sentence));
        Assert.Contains(match, agreement.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Modi and Putin pledge \"unbreakable\" energy ties at Kremlin summit")]
    [InlineData("Lavrov, Jaishankar pledge \u201cnew momentum\u201d for trade")]
    public void A_pledge_after_bare_names_and_before_a_quotation_is_a_headline_verb(string headline)
    {
        Assert.Empty(AgreementsOf(headline));
    }

    [Theory]
    [InlineData("What exporters need first is a workable payments arrangement that does not leave rupees idle in Russian banks.")]
    [InlineData("Exporters have called for a durable payment mechanism.")]
    public void An_agreement_wished_for_by_its_quality_is_no_agreement(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Fact]
    public void A_word_in_parentheses_does_not_cut_a_long_name_short()
    {
        var agreement = Assert.Single(AgreementsOf("Two fertiliser firms signed a memorandum on the possible construction of a plant for the production of ammonia (fertiliser) in the Russian Federation."));
        Assert.EndsWith("production of ammonia", agreement.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The logistics pact was ratified by the Duma in December.")]
    [InlineData("The military logistics agreement was signed in Moscow in February.")]
    public void A_logistics_agreement_is_the_known_exchange_of_logistics_support(string sentence)
    {
        Assert.Contains("Reciprocal Exchange of Logistics Support", One(AgreementsOf(sentence), "logistics").Aliases);
    }

    [Theory]
    [InlineData("The two sides agreed to develop the Chennai-Vladivostok shipping lane.")]
    [InlineData("Ministers agreed to open the Vladivostok–Chennai sea lane to container traffic.")]
    public void The_two_ports_joined_by_a_dash_name_the_known_maritime_corridor(string sentence)
    {
        Assert.Single(AgreementsOf(sentence), found => found.Name.Contains("Vladivostok", StringComparison.Ordinal)
            || found.Aliases.Any(alias => alias.Contains("Maritime Corridor", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Officials discussed the Arctic shipping agreement that the two governments agreed to draft when the leaders met.", "Arctic", AgreementStatus.Agreed)]
    [InlineData("Critics questioned the fertiliser supply contract Uralchem agreed to extend last year.", "fertiliser", AgreementStatus.Agreed)]
    public void A_clause_whose_subject_acts_on_the_name_gives_its_status(string sentence, string match, AgreementStatus status)
    {
        Assert.Equal(status, One(AgreementsOf(sentence), match).Status);
    }

    [Theory]
    [InlineData("Sanctions cast doubt on the long-term supply deal Reliance signed with Rosneft in December.", "supply deal")]
    [InlineData("Traders expect the term contract Rosneft agreed with Nayara to be renewed.", "term contract")]
    public void A_deal_a_company_acts_on_is_singled_out_by_the_company(string sentence, string match)
    {
        One(AgreementsOf(sentence), match);
    }

    [Theory]
    [InlineData("The Indian side announced an electronic tourist visa for citizens of Russia.", "electronic tourist visa")]
    [InlineData("Modi announced a free 30-day e-tourist visa for Russian nationals.", "30-day e-tourist visa")]
    [InlineData("New Delhi will offer Russians an e-visa at no charge.", "e-visa")]
    public void A_tourist_visa_offered_to_the_other_side_is_a_commitment(string sentence, string match)
    {
        Assert.Equal(AgreementKind.Commitment, One(AgreementsOf(sentence), match).Kind);
    }

    [Theory]
    [InlineData("The ministers signed a roadmap for developing and modernising rail freight links.", "modernising rail freight")]
    [InlineData("The agencies signed an action plan for training and certifying Indian cosmonauts.", "certifying Indian cosmonauts")]
    public void Two_gerunds_joined_by_and_share_the_object_that_names_the_agreement(string sentence, string match)
    {
        One(AgreementsOf(sentence), match);
    }

    [Theory]
    [InlineData("OUTCOMES\n- The Agreement on Cooperation in Veterinary Inspection: signed\n- A dinner at the residence", "Veterinary Inspection", AgreementStatus.Signed)]
    [InlineData("WHAT WAS DONE\n- The Protocol on the Exchange of Hydrographic Data, worth little on its own: agreed\n- Talks on Afghanistan", "Hydrographic Data", AgreementStatus.Agreed)]
    public void A_participle_that_is_the_whole_value_of_a_label_line_is_the_status_of_the_agreement_it_labels(string text, string match, AgreementStatus status)
    {
        Assert.Equal(status, One(AgreementsOf(text), match).Status);
    }

    [Fact]
    public void A_listed_one_stands_for_the_noun_of_the_agreement_before_it()
    {
        var agreements = AgreementsOf("The ministers signed a memorandum between the two space agencies on satellite navigation, one between the port authorities on container traffic, and one on veterinary inspection.");

        Assert.Equal(3, agreements.Count);
        Assert.All(agreements, agreement => Assert.Equal(AgreementKind.Mou, agreement.Kind));
        One(agreements, "container traffic");
        One(agreements, "veterinary inspection");
    }

    [Theory]
    [InlineData("The two sides signed a treaty on legal assistance in criminal matters. Officials briefed reporters afterwards. Other documents included a memorandum on pharmaceutical standards.")]
    [InlineData("A treaty on legal assistance in criminal matters was signed on Friday. Reporters waited outside. The other agreements are a memorandum on pharmaceutical standards and a protocol on fisheries.")]
    public void Other_documents_take_the_status_of_those_reported_before_them(string text)
    {
        Assert.Equal(AgreementStatus.Signed, One(AgreementsOf(text), "pharmaceutical").Status);
    }

    [Theory]
    [InlineData("Officials said Covid protocols were agreed for the visit.")]
    [InlineData("The crews followed Quarantine and Safety protocols, agreed by both navies.")]
    public void A_protocol_of_health_or_safety_is_a_procedure_not_an_agreement(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Theory]
    [InlineData("The delegates discussed the Pacific Green Shipping Corridor announced with Japan and the United States.")]
    [InlineData("Analysts compared it with the Asia Africa Growth Corridor launched with Japan in 2017.")]
    public void A_project_made_with_other_countries_is_theirs(string sentence)
    {
        Assert.Empty(AgreementsOf(sentence));
    }

    [Fact]
    public void A_well_known_agreement_after_and_is_the_next_item_not_more_of_the_name()
    {
        var agreements = AgreementsOf("The leaders signed a joint venture for utility helicopters and the S-400 contract.");

        Assert.Equal(2, agreements.Count);
        One(agreements, "utility helicopters");
        One(agreements, "S-400");
    }

    [Fact]
    public void A_joint_venture_is_an_agreement_and_a_participle_after_it_gives_its_status()
    {
        var agreement = One(AgreementsOf("The joint venture to assemble light turboprop aircraft in Nagpur, agreed in Sochi last spring, still awaits land."), "turboprop");

        Assert.Equal(AgreementStatus.Agreed, agreement.Status);
    }

    [Fact]
    public void An_aside_opened_by_a_preposition_names_no_second_agreement()
    {
        var agreement = Assert.Single(AgreementsOf("The ministers signed an agreement for companies to produce, through joint ventures in India, bearings for Russian-made tanks."));

        Assert.Contains("bearings", agreement.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Moscow committed to supply two more squadrons of transport helicopters by 2027.", "supply two more squadrons")]
    [InlineData("The Indian side agreed to release the detained crews of three Russian trawlers.", "release the detained crews")]
    [InlineData("Russia has also pledged to repatriate Indian nationals recruited by private agencies, officials said.", "repatriate Indian nationals")]
    public void A_side_that_binds_itself_to_deliver_something_has_made_a_commitment(string sentence, string match)
    {
        var commitment = One(AgreementsOf(sentence), match);

        Assert.Equal(AgreementKind.Commitment, commitment.Kind);
        Assert.Equal(AgreementStatus.Agreed, commitment.Status);
    }

    [Fact]
    public void A_promise_of_more_talk_is_no_commitment()
    {
        var agreement = Assert.Single(AgreementsOf("Russia agreed to explore new Arctic shipping routes. Russia also agreed to train Indian crews for polar voyages."));

        Assert.Contains("train Indian crews", agreement.Name, StringComparison.Ordinal);
    }
}
