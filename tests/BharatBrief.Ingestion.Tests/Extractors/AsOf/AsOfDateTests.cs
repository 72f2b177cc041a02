namespace BharatBrief.Ingestion.Tests.Extractors.AsOf;

/// <summary>The date an article is read against, from what the text itself carries.</summary>
public sealed class AsOfDateTests
{
    private const string Story = "Prime Minister Narendra Modi will travel to Moscow next month for talks with President Vladimir Putin, officials said. Delivery of the S-400 systems is expected by 2026.";

    [Fact]
    public void The_last_items_of_a_series_still_awaited_do_not_date_the_story()
    {
        var parsed = ArticlePipeline.Default.Parse(new ArticleSource(
            "India and Russia\n\nPrime Minister Narendra Modi met President Vladimir Putin in Kazan in October 2024. The last two S-400 squadrons India ordered from Russia are expected in 2026.",
            ArticleFormat.PlainText, "story.txt"));

        Assert.Equal("2024-10", parsed.AsOf.Value?.ToString());
    }

    [Theory]
    [InlineData("Modi to visit Russia\n\nNew Delhi, June 14, 2024\n\n" + Story, "2024-06-14", "date line at the top")]
    [InlineData("Modi to visit Russia\n\nFriday, 14 June 2024 | Moscow\n\n" + Story, "2024-06-14", "date line at the top")]
    [InlineData("Telephone conversation with Prime Minister of India\n\nJune 14, 2024, 17:20\n\n" + Story, "2024-06-14", "date line at the top")]
    [InlineData("Modi to visit Russia\n\nNew Delhi, Jun 14, 2024 10:30 IST\n\n" + Story, "2024-06-14", "date line at the top")]
    [InlineData("Modi to visit Russia\n\nBy Staff Reporter | Updated: Jun 14, 2024, 21:40 IST\n\n" + Story, "2024-06-14", "published date stated in the text")]
    [InlineData("Modi to visit Russia\n\nPublished on 14 June 2024\n\n" + Story, "2024-06-14", "published date stated in the text")]
    [InlineData("Modi to visit Russia\n\nPrepared for the desk · filed 14.06.2024 · not for publication\n\n" + Story, "2024-06-14", "published date stated in the text")]
    [InlineData("India and Russia\n\nFrom the Student Reference Encyclopedia. This entry was last revised on 14 June 2024.\n\n" + Story, "2024-06-14", "published date stated in the text")]
    [InlineData("India and Russia\n\nThe page has been updated on 14 June 2024 to add the visit.\n\n" + Story, "2024-06-14", "published date stated in the text")]
    [InlineData("THE WEEKLY LETTER\nOur weekly note on India and the world | Issue 148 | Friday, 14 June 2024\n\n" + Story, "2024-06-14", "date line at the top")]
    [InlineData("DELIVERY SCHEDULE\nThe long tail of Russian contracts\n\nWarships and rifles ordered years ago are arriving now, some late. A look at what India still waits for.\n\nDefence Horizon | Vol. 14, No. 8 | June 2024\n\n" + Story, "2024-06", "date line at the top")]
    [InlineData("Modi to visit Russia\n\nA standfirst of one sentence. And another one here.\n\nThe Quarterly Review · Issue 31 · 14 June 2024\n\n" + Story, "2024-06-14", "date line at the top")]
    [InlineData("LOK SABHA\nUNSTARRED QUESTION NO. 12\nTO BE ANSWERED ON 14.06.2024\n\n" + Story, "2024-06-14", "published date stated in the text")]
    [InlineData("RAJYA SABHA\nSTARRED QUESTION NO. 5\nANSWERED ON 14 June 2024\n\n" + Story, "2024-06-14", "published date stated in the text")]
    [InlineData("Modi to visit Russia\n\n" + Story + "\n\nFigures from the ministry. Table last checked on 14 June 2024.", "2024-06-14", "published date stated in the text")]
    public void A_date_the_page_carries_at_the_top_dates_the_story(string text, string asOf, string basis)
    {
        var parsed = ArticlePipeline.Default.Parse(new ArticleSource(text, ArticleFormat.PlainText, "story.txt"));

        Assert.Equal((asOf, basis), (parsed.AsOf.Value?.ToString(), parsed.AsOf.Basis));
        Assert.Equal("2024-07", Assert.Single(parsed.Summits).Date?.Resolved?.ToString());
    }

    [Fact]
    public void A_sentence_that_mentions_a_day_is_not_a_date_line()
    {
        var parsed = ArticlePipeline.Default.Parse(new ArticleSource(
            "Modi to visit Russia\n\nOfficials met on June 14, 2024 to prepare the visit.\n\n" + Story, ArticleFormat.PlainText, "story.txt"));

        Assert.NotEqual("date line at the top", parsed.AsOf.Basis);
    }

    [Theory]
    [InlineData("Russia accounted for about 40% of India's crude imports in 2023-24.", "2024")]
    public void A_fiscal_year_told_in_the_past_dates_the_story_by_its_end(string sentence, string lowerBound)
    {
        var parsed = ArticlePipeline.Default.Parse(new ArticleSource("India and Russia\n\n" + sentence, ArticleFormat.PlainText, "story.txt"));

        Assert.Equal(lowerBound, parsed.AsOf.Value?.ToString());
        Assert.True(parsed.AsOf.IsLowerBound);
    }

    [Theory]
    [InlineData("The Programme for Military-Technical Cooperation 2021–2031 was signed by Modi and Putin.")]
    [InlineData("The two sides want trade of $100 billion by 2030.")]
    [InlineData("They adopted a roadmap through 2030 and a Vision 2047 document.")]
    [InlineData("It was the first visit by a Russian leader since 1983.")]
    [InlineData("The programme, running to 2031, covers joint production.")]
    [InlineData("Moscow's proposal for the Energy Cooperation Roadmap 2020 is still under consideration.")]
    [InlineData("The two sides adopted Strategy 2020 for the Arctic.")]
    public void A_target_a_span_or_a_year_counted_from_never_dates_the_story(string sentence)
    {
        var parsed = ArticlePipeline.Default.Parse(new ArticleSource("India and Russia\n\n" + sentence, ArticleFormat.PlainText, "story.txt"));

        Assert.Null(parsed.AsOf.Value);
    }

    [Theory]
    [InlineData("Indian officials proposed the Energy Cooperation Roadmap 2030 in March 2004, and Moscow is considering it.", "2004-03")]
    [InlineData("The leaders met in 2019 and agreed to meet again in 2031.", "2019")]
    public void A_year_still_to_come_leaves_the_latest_past_date_to_date_the_story(string sentence, string lowerBound)
    {
        var parsed = ArticlePipeline.Default.Parse(new ArticleSource("India and Russia\n\n" + sentence, ArticleFormat.PlainText, "story.txt"));

        Assert.Equal(lowerBound, parsed.AsOf.Value?.ToString());
        Assert.True(parsed.AsOf.IsLowerBound);
    }
}
