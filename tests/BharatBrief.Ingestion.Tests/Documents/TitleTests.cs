using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class TitleTests
{
    [Fact]
    public void Seed_004_title_line_is_the_title_without_its_promotional_tail()
    {
        var document = Seeds.Parse(Seeds.MoscowVisit);

        Assert.Equal("Relations with Russia Strengthen as Modi Meets with Putin", document.Title);
        Assert.False(document.TitleIsDerived);
        var title = Assert.Single(document.OfKind(BlockKind.Title));
        Assert.Equal(0, title.Index);
        Assert.Equal(document.Title, title.Text);
        Assert.DoesNotContain("Unlock", document.Text[title.Span.Start..title.Span.End]);
    }

    [Theory]
    [InlineData(Seeds.Invitation, "Prime Minister Narendra Modi has once again invited Russian President Vladimir Putin to India")]
    [InlineData(Seeds.Talks, "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin held wide-ranging talks aimed at deepening economic cooperation")]
    [InlineData(Seeds.LavrovConfirms, "Russian President Vladimir Putin will soon visit India for the first time since the start of the Ukraine war")]
    [InlineData(Seeds.DelhiSummit, "Russia seeks to secure India ties, strengthen defence cooperation, and shield bilateral trade from US sanctions…")]
    public void Seeds_without_a_title_line_get_a_title_derived_from_the_lede(string seed, string expected)
    {
        var document = Seeds.Parse(seed);

        Assert.Equal(expected, document.Title);
        Assert.True(document.TitleIsDerived);
        Assert.Empty(document.OfKind(BlockKind.Title));
    }

    [Fact]
    public void Metadata_title_wins_over_the_title_line()
    {
        var metadata = new FrontMatter(new Dictionary<string, string> { ["title"] = "Modi meets Putin in Moscow" });

        var document = DocumentParser.Parse(Seeds.Text(Seeds.MoscowVisit), ArticleFormat.PlainText, metadata);

        Assert.Equal("Modi meets Putin in Moscow", document.Title);
        Assert.False(document.TitleIsDerived);
        Assert.Equal("Relations with Russia Strengthen as Modi Meets with Putin", Assert.Single(document.OfKind(BlockKind.Title)).Text);
    }

    [Theory]
    [InlineData("India and Russia Sign Energy Pact | Subscribe to our newsletter", "India and Russia Sign Energy Pact")]
    [InlineData("India and Russia Sign Energy Pact - Read more", "India and Russia Sign Energy Pact")]
    [InlineData("India and Russia sign energy pact in Moscow | The Daily Chronicle", "India and Russia sign energy pact in Moscow")]
    [InlineData("India–Russia ties – a partnership tested by war", "India–Russia ties – a partnership tested by war")]
    public void Promotional_and_site_name_tails_are_cut_from_a_title_line(string line, string expected)
    {
        var document = DocumentParser.Parse(line + "\n\nThe two countries signed the agreement on Monday after long talks in the Kremlin.", ArticleFormat.PlainText);

        Assert.Equal(expected, document.Title);
    }

    [Fact]
    public void A_short_first_line_followed_by_a_blank_line_is_the_title()
    {
        var document = DocumentParser.Parse("Putin to visit New Delhi in December\n\nThe Kremlin confirmed the dates on Friday.", ArticleFormat.PlainText);

        Assert.Equal("Putin to visit New Delhi in December", document.Title);
        Assert.Equal([BlockKind.Title, BlockKind.Lede], document.Blocks.Select(block => block.Kind));
    }

    [Fact]
    public void A_first_line_ending_in_a_full_stop_is_not_a_title()
    {
        var document = DocumentParser.Parse("Putin will visit New Delhi in December.\n\nThe Kremlin confirmed the dates on Friday.", ArticleFormat.PlainText);

        Assert.True(document.TitleIsDerived);
        Assert.Equal("Putin will visit New Delhi in December", document.Title);
        Assert.Equal(BlockKind.Lede, document.Blocks[0].Kind);
    }

    [Fact]
    public void Derived_title_cuts_a_reporting_clause()
    {
        var document = DocumentParser.Parse(
            "India will buy more Russian oil next year despite Western pressure, officials in New Delhi said on Monday. More follows.",
            ArticleFormat.PlainText);

        Assert.Equal("India will buy more Russian oil next year despite Western pressure", document.Title);
    }

    [Fact]
    public void Markdown_level_one_heading_is_the_title()
    {
        var document = DocumentParser.Parse("# Putin in **New Delhi**\n\nThe visit opens a new chapter.\n", ArticleFormat.Markdown);

        Assert.Equal("Putin in New Delhi", document.Title);
        Assert.False(document.TitleIsDerived);
        Assert.Equal(BlockKind.Title, document.Blocks[0].Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    public void An_empty_document_has_an_empty_title_and_nothing_else(string text)
    {
        var document = DocumentParser.Parse(text, ArticleFormat.PlainText);

        Assert.Equal(string.Empty, document.Title);
        Assert.Empty(document.Blocks);
        Assert.Empty(document.Sentences);
        Assert.Null(document.Lede);
    }

    [Theory]
    [InlineData("Published on 29 January 2022\n\nModi and Putin talk trade by phone\n\nModi and Putin spoke by phone on 25 January.", "Modi and Putin talk trade by phone", false)]
    [InlineData("First published: 9 August 2017, 22:10 IST\n\nThe SCO summit in Almaty is likely to bring Modi and Putin together, officials said.", "The SCO summit in Almaty is likely to bring Modi and Putin together", true)]
    public void A_publication_stamp_above_the_story_is_never_its_title(string text, string title, bool derived)
    {
        var document = DocumentParser.Parse(text, ArticleFormat.PlainText, null);

        Assert.Equal(title, document.Title);
        Assert.Equal(derived, document.TitleIsDerived);
    }

    [Theory]
    [InlineData("WORLD | DIPLOMACY\n\nPutin and Modi agree to expand nuclear cooperation at Kremlin talks\n\nThe two leaders met for three hours on Tuesday.", "Putin and Modi agree to expand nuclear cooperation at Kremlin talks")]
    [InlineData("Opinion | Foreign Policy\n\nWhy the Moscow visit matters more than the deals\n\nThe visit produced fewer contracts than expected, but that is not the point.", "Why the Moscow visit matters more than the deals")]
    [InlineData("Tuesday, 9th July 2024\n\nModi and Putin hold informal talks at Novo-Ogaryovo\n\nThe two leaders spoke late into the night.", "Modi and Putin hold informal talks at Novo-Ogaryovo")]
    [InlineData("12 March 2019\n\nIndia and Russia sign deal to lease a nuclear submarine\n\nThe lease runs for ten years, officials said.", "India and Russia sign deal to lease a nuclear submarine")]
    [InlineData("Obituary\n\nA diplomat who made Moscow feel like home dies at 81\n\nHe served twice in the Soviet capital.", "A diplomat who made Moscow feel like home dies at 81")]
    [InlineData("ANALYSIS\nWhat the S-400 contract tells us about sanctions\n\nThe contract was signed despite the threat of sanctions.", "What the S-400 contract tells us about sanctions")]
    [InlineData("MINISTRY OF EXTERNAL AFFAIRS\nRAJYA SABHA\nSTARRED QUESTION NO. 114\n\nDEFENCE COOPERATION WITH RUSSIA\n\nWill the Minister of External Affairs be pleased to state the position?", "DEFENCE COOPERATION WITH RUSSIA")]
    [InlineData("CONSULATE GENERAL OF INDIA IN VLADIVOSTOK\n\nPRESS RELEASE\n\nOn the visit of the Chief Minister to the Far Eastern Federal District\n\nThe delegation arrived on Monday.", "On the visit of the Chief Minister to the Far Eastern Federal District")]
    [InlineData("THE MONDAY LETTER\nA weekly note on Eurasia | No. 12 | 3 March 2025\n\nIndia and Russia revive the northern sea route talks\n\nThe talks resumed after a year.", "India and Russia revive the northern sea route talks")]
    [InlineData("RAJYA SABHA\nSTARRED QUESTION NO. 114\nTO BE ANSWERED ON 03.02.2023\n\nSUPPLY OF S-400 SYSTEMS BY RUSSIA\n\nWill the Minister of Defence be pleased to state the position?", "SUPPLY OF S-400 SYSTEMS BY RUSSIA")]
    public void Section_labels_dates_and_letterheads_above_a_headline_are_not_the_title(string text, string title)
    {
        var document = DocumentParser.Parse(text, ArticleFormat.PlainText, null);

        Assert.Equal(title, document.Title);
        Assert.False(document.TitleIsDerived);
    }

    [Theory]
    [InlineData("THIS WEEK IN HISTORY\n\nA weekly look back at the events that fell on these dates.\n\nPutin came to Delhi in 2012.", "THIS WEEK IN HISTORY")]
    [InlineData("THE WEEKLY LETTER\nA weekly note on Eurasia | Issue 148 | Saturday, 6 December 2025\n\nGood morning. This week: Putin in Delhi.", "THE WEEKLY LETTER")]
    [InlineData("Corrections\n\nIn a report on Monday we gave the wrong date for the summit.", "Corrections")]
    [InlineData("India Russia\n\nTies\n\nThe relationship is old.", "India Russia")]
    public void A_label_with_no_longer_headline_after_it_stays_the_title(string text, string title)
    {
        var document = DocumentParser.Parse(text, ArticleFormat.PlainText, null);

        Assert.Equal(title, document.Title);
    }
}
