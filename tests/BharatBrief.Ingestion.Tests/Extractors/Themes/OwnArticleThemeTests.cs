using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Extractors.Themes;

namespace BharatBrief.Ingestion.Tests.Extractors.Themes;

/// <summary>Short articles written for these tests, in wordings unlike the seeds, and the themes they should lead with.</summary>
public sealed class OwnArticleThemeTests
{
    [Fact]
    public void A_settlement_deal_leads_with_payments()
    {
        var themes = Rank(
            (BlockKind.Title, "India, Russia widen rupee–rouble settlement"),
            (BlockKind.Lede, "The central banks of both countries agreed on Tuesday to let more lenders open special vostro accounts, easing the settlement of bilateral trade in national currencies."),
            (BlockKind.Paragraph, "Exporters have complained for months that payments get stuck because Russian banks are cut off from SWIFT."),
            (BlockKind.Paragraph, "Officials said a link between Russia's Mir cards and India's RuPay network was also discussed."),
            (BlockKind.Paragraph, "Russian firms hold large rupee balances they struggle to spend, a problem economists call the rupee surplus."));

        Assert.Equal("payments", themes[0]);
        Assert.Contains("trade", themes.Take(3));
    }

    [Fact]
    public void Workers_and_visas_lead_with_mobility()
    {
        var themes = Rank(
            (BlockKind.Title, "Russia eyes Indian labour as shortages bite"),
            (BlockKind.Lede, "Moscow wants to bring in tens of thousands of Indian workers for construction sites and factories, officials say."),
            (BlockKind.Paragraph, "A draft migration pact would simplify work visas and let recruiters in India hire for Russian employers directly."),
            (BlockKind.Paragraph, "New Delhi, still troubled by the cases of its citizens lured into the Russian army, wants safeguards for its nationals."),
            (BlockKind.Heading, "Students and tourists"),
            (BlockKind.Paragraph, "The number of Indian students at Russian medical schools has also grown, and tourist e-visas are now issued within four days."));

        Assert.Equal("labour-mobility", themes[0]);
    }

    [Fact]
    public void A_brics_summit_leads_with_forums_and_china()
    {
        var themes = Rank(
            (BlockKind.Title, "Modi heads to BRICS summit as Beijing's shadow looms"),
            (BlockKind.Lede, "Prime Minister Narendra Modi will attend the BRICS leaders' meeting in Kazan, where Xi Jinping and Vladimir Putin are expected to push the bloc towards a common payment system."),
            (BlockKind.Paragraph, "Indian diplomats are wary of the grouping becoming a vehicle for Chinese interests, especially as the border standoff along the Line of Actual Control has only just eased."),
            (BlockKind.Paragraph, "New members such as Egypt and Ethiopia joined the forum this year, and the New Development Bank is expected to announce new lending."),
            (BlockKind.Paragraph, "India also wants the summit to back reform of the United Nations Security Council."));

        Assert.Equal(["china", "multilateral"], themes.Take(2).Order());
    }

    [Fact]
    public void A_reactor_story_leads_with_nuclear()
    {
        var themes = Rank(
            (BlockKind.Title, "Rosatom to build six more units in India"),
            (BlockKind.Lede, "Russia's state atomic corporation will supply fuel for the life of the new VVER-1200 units, officials said."),
            (BlockKind.Paragraph, "The first two reactors at Kudankulam in Tamil Nadu have run since 2013, and units three to six are being built."),
            (BlockKind.Paragraph, "The deal also covers training Indian engineers in Russia."));

        Assert.Equal("nuclear", themes[0]);
    }

    [Fact]
    public void A_security_dialogue_after_an_attack_leads_with_counterterrorism()
    {
        var themes = Rank(
            (BlockKind.Title, "Doval and Shoigu discuss terror threats"),
            (BlockKind.Lede, "India's national security adviser met his Russian counterpart after the Crocus City Hall attack and pledged closer work against terrorist networks."),
            (BlockKind.Paragraph, "Both sides want the Islamic State's branch in Afghanistan contained and radicalisation online curbed."),
            (BlockKind.Paragraph, "They also talked about the war in Ukraine."));

        Assert.Equal("counterterrorism", themes[0]);
    }

    [Fact]
    public void A_sanctions_story_in_other_words_leads_with_sanctions()
    {
        var themes = Rank(
            (BlockKind.Title, "Treasury blacklists Indian shippers over Russian cargoes"),
            (BlockKind.Lede, "Washington added three Indian shipping companies to its blacklist on Friday for carrying Russian crude above the G7 price cap."),
            (BlockKind.Paragraph, "Officials warned that further penalties and secondary sanctions could follow if refiners keep buying from the shadow fleet."));

        Assert.Equal("sanctions", themes[0]);
        Assert.Contains("energy", themes.Take(2));
    }

    [Fact]
    public void Forums_recalled_in_one_paragraph_do_not_outrank_the_story()
    {
        var themes = Rank(
            (BlockKind.Title, "Indian refiners lift Russian crude to a record"),
            (BlockKind.Lede, "India's refiners bought more Russian oil last month than ever before, shipping data show."),
            (BlockKind.Paragraph, "Tankers carrying Urals grade have queued off Gujarat for weeks."),
            (BlockKind.Paragraph, "The two sides have long coordinated in BRICS, the SCO, the G20 and the United Nations, and officials expect that to continue."),
            (BlockKind.Paragraph, "Refining margins on Russian barrels remain wide, traders say."),
            (BlockKind.Paragraph, "State-run companies are negotiating longer supply contracts for the coming year's crude."));

        Assert.Equal("energy", themes[0]);
    }

    [Fact]
    public void Citizens_recruited_into_a_foreign_army_lead_with_mobility()
    {
        var themes = Rank(
            (BlockKind.Title, "Men recruited into the Russian army to be sent home"),
            (BlockKind.Lede, "Moscow will discharge the Indian citizens serving in its armed forces, the foreign ministry said on Tuesday."),
            (BlockKind.Paragraph, "Families in Punjab say agents recruited their sons for kitchen work before they were sent to the front with the army."));

        Assert.Equal("labour-mobility", themes[0]);
    }

    [Fact]
    public void Defence_named_in_passing_does_not_outrank_the_story()
    {
        var themes = Rank(
            (BlockKind.Title, "India and Russia ease rules for Indian workers"),
            (BlockKind.Lede, "Indian workers will get work permits faster under a labour mobility pact signed on Friday."),
            (BlockKind.Paragraph, "Defence Minister Rajnath Singh, who was in Moscow, attended the signing."),
            (BlockKind.Paragraph, "Recruiters expect demand for skilled workers in construction to grow."),
            (BlockKind.Paragraph, "The two sides also discussed defence, energy, trade and space cooperation."));

        Assert.Equal("labour-mobility", themes[0]);
        Assert.DoesNotContain("defence", themes.Take(2));
    }

    private static List<string> Rank(params (BlockKind Kind, string Text)[] blocks)
    {
        var context = ThemeTestArticles.FromBlocks(blocks);
        new ThemeExtractor().Extract(context);
        return [.. context.Themes.Select(theme => theme.Slug)];
    }
}
