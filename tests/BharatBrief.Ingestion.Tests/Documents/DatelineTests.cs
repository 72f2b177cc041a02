using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Ingestion.Tests.Documents;

public class DatelineTests
{
    [Fact]
    public void Seed_004_dateline_is_the_place_before_the_dash()
    {
        var document = Seeds.Parse(Seeds.MoscowVisit);

        var dateline = Assert.IsType<Dateline>(document.Dateline);
        Assert.Equal("Moscow, Russia", dateline.Text);
        Assert.Equal("Moscow, Russia", document.Text[dateline.Span.Start..dateline.Span.End]);
        Assert.StartsWith("Indian Prime Minister Narendra Modi is set to engage", document.Lede);
    }

    [Fact]
    public void Seed_004_lede_block_starts_after_the_dateline()
    {
        var document = Seeds.Parse(Seeds.MoscowVisit);

        var lede = Assert.Single(document.OfKind(BlockKind.Lede));
        Assert.True(lede.Span.Start > document.Dateline!.Span.End);
        Assert.StartsWith("Indian Prime Minister", document.Text[lede.Span.Start..]);
    }

    [Theory]
    [InlineData("NEW DELHI, Dec 4 (Reuters) - India and Russia signed a logistics pact on Thursday.", "NEW DELHI, Dec 4 (Reuters)")]
    [InlineData("MUMBAI, 14-03-2023 (PTI) Indian refiners bought more Russian crude in February than ever before.", "MUMBAI, 14-03-2023 (PTI)")]
    [InlineData("KAZAN, 22.10.2024 - Modi and Putin met on the sidelines of the BRICS summit on Tuesday.", "KAZAN, 22.10.2024")]
    [InlineData("New Delhi, 5 Oct 2018: India signed a deal to buy the S-400 air defence system.", "New Delhi, 5 Oct 2018")]
    [InlineData("MOSCOW — Russian officials welcomed the Indian delegation on Monday morning.", "MOSCOW")]
    [InlineData("Moscow, July 8 (PTI) – Prime Minister Narendra Modi arrived in Moscow on Monday.", "Moscow, July 8 (PTI)")]
    [InlineData("Vladivostok: Russia and India agreed to expand cooperation in the Arctic region.", "Vladivostok")]
    public void Wire_datelines_are_recognised(string lede, string expected)
    {
        var document = DocumentParser.Parse(lede, ArticleFormat.PlainText);

        Assert.Equal(expected, document.Dateline?.Text);
        Assert.DoesNotContain(expected, document.Lede);
        Assert.DoesNotContain(document.Sentences, sentence => sentence.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("India – Russia ties have grown closer over the past decade, officials said.")]
    [InlineData("Prime Minister Narendra Modi: India will never abandon its old friends in Moscow.")]
    [InlineData("Despite pressure, India kept buying Russian oil through the year.")]
    [InlineData("Breaking: India and Russia agree on a new rupee payment channel for oil.")]
    [InlineData("CLAIM: A photo shows Putin landing in New Delhi this week for an emergency summit.")]
    [InlineData("VERDICT: False. The photo was taken near Moscow in July 2024.")]
    [InlineData("HOST: Welcome back to the show, where we talk about India and Russia.")]
    public void Prose_openings_are_not_datelines(string lede)
    {
        var document = DocumentParser.Parse(lede, ArticleFormat.PlainText);

        Assert.Null(document.Dateline);
    }

    [Fact]
    public void A_dateline_on_its_own_line_is_taken_and_the_next_paragraph_is_the_lede()
    {
        var document = DocumentParser.Parse(
            "Modi and Putin Meet in Moscow\n\nMOSCOW, July 9 (Reuters) -\nIndia and Russia agreed to raise trade to $100 billion by 2030.",
            ArticleFormat.PlainText);

        Assert.Equal("MOSCOW, July 9 (Reuters)", document.Dateline?.Text);
        Assert.Equal("India and Russia agreed to raise trade to $100 billion by 2030.", document.Lede);
        Assert.Equal([BlockKind.Title, BlockKind.Lede], document.Blocks.Select(block => block.Kind));
    }

    [Theory]
    [InlineData("By our Special Correspondent | Samarkand | Sat 17 Sept 2022", "Samarkand, Sat 17 Sept 2022")]
    [InlineData("By the Fact Check Desk | July 11, 2024", "July 11, 2024")]
    [InlineData("By Anna Petrova · Moscow · 5 May 2025", "Moscow, 5 May 2025")]
    public void The_fields_after_a_byline_s_name_are_the_dateline(string byline, string expected)
    {
        var document = DocumentParser.Parse($"Notebook: three days at the summit\n\n{byline}\n\nThe leaders met for an hour on Friday afternoon.", ArticleFormat.PlainText);

        Assert.Equal(expected, document.Dateline?.Text);
        Assert.Equal("The leaders met for an hour on Friday afternoon.", document.Lede);
    }

    [Fact]
    public void A_wire_dateline_in_the_lede_wins_over_a_byline()
    {
        var document = DocumentParser.Parse("Talks in Moscow\n\nBy Staff Reporter | Reuters\n\nMOSCOW, July 9 (Reuters) - India and Russia agreed to raise trade.", ArticleFormat.PlainText);

        Assert.Equal("MOSCOW, July 9 (Reuters)", document.Dateline?.Text);
    }

    [Theory]
    [InlineData(Seeds.Invitation)]
    [InlineData(Seeds.Talks)]
    [InlineData(Seeds.LavrovConfirms)]
    [InlineData(Seeds.DelhiSummit)]
    public void Seeds_without_a_dateline_have_none(string seed) => Assert.Null(Seeds.Parse(seed).Dateline);
}
