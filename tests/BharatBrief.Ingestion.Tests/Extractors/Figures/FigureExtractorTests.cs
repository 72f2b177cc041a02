using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Extractors.Figures;

public sealed class FigureExtractorTests
{
    [Theory]
    // Money
    [InlineData("Trade volume surpassed $65 billion last year, a record high.", "65 billion USD", "trade volume", "USD")]
    [InlineData("The visit also resulted in key agreements, including a commitment to doubling bilateral trade to USD 100 billion.", "100 billion USD", "bilateral trade", "USD")]
    [InlineData("Total Russian investment in India stands at US$ 5.4 bn.", "5.4 billion USD", "total Russian investment in India", "USD")]
    [InlineData("The ministry cleared projects worth Rs 2,000 crore.", "20 billion INR", "projects", "INR")]
    [InlineData("The ministry cleared projects worth ₹2,000 crore.", "20 billion INR", "projects", "INR")]
    [InlineData("The navy signed a €3 billion contract for frigates.", "3 billion EUR", "contract", "EUR")]
    [InlineData("Bilateral trade between India and Russia reached $65bn.", "65 billion USD", "bilateral trade between India and Russia", "USD")]
    [InlineData("Moscow's defence budget reached 1.2 trillion roubles.", "1.2 trillion RUB", "Moscow's defence budget", "RUB")]
    [InlineData("Reliance agreed a $20bn crude supply deal.", "20 billion USD", "crude supply deal", "USD")]
    [InlineData("India's oil imports from Russia were worth $5-6 billion a month.", "5–6 billion USD", "India's oil imports from Russia", "USD")]
    [InlineData("The bank set up a credit line of $1 billion.", "1 billion USD", "credit line", "USD")]
    [InlineData("Exports rose to Rs 1.5 lakh crore.", "1.5 trillion INR", "exports", "INR")]
    [InlineData("The deal is valued at 500 million dollars.", "500 million USD", "deal", "USD")]
    [InlineData("The deal, worth $3 billion, was signed in Moscow.", "3 billion USD", "deal", "USD")]
    [InlineData("The ₹1,500-crore project will be built near Chennai.", "15 billion INR", "project", "INR")]
    [InlineData("Trade (2024): $65 billion", "65 billion USD", "trade", "USD")]
    [InlineData("Bilateral trade: USD 65 bn", "65 billion USD", "bilateral trade", "USD")]
    [InlineData("Trade Hits Record $65 Billion as Oil Flows Surge", "65 billion USD", "trade", "USD")]
    [InlineData("Trade between the two countries rose to $65 billion, according to officials.", "65 billion USD", "trade between the two countries", "USD")]
    // Percentages
    [InlineData("Nearly 60–70% of India’s military equipment is still of Russian origin.", "60–70%", "India’s military equipment", "%")]
    [InlineData("Russia supplies 40 per cent of India's crude imports.", "40%", "India's crude imports", "%")]
    [InlineData("Russia supplies 40 percent of India's crude imports.", "40%", "India's crude imports", "%")]
    [InlineData("India's defence imports from Russia fell by nearly 35% over a decade.", "35%", "India's defence imports from Russia", "%")]
    [InlineData("Washington imposed a 25% tariff on Indian goods.", "25%", "tariff", "%")]
    [InlineData("Russia's share of India's oil imports is now between 35 and 40 per cent.", "35–40%", "Russia's share of India's oil imports", "%")]
    // Counts
    [InlineData("Russia plans to hire 10,000 workers from India.", "10,000 workers", "workers", "workers")]
    [InlineData("About 1,200 Indian nationals have applied.", "1,200 nationals", "Indian nationals", "nationals")]
    [InlineData("The two sides signed 30 agreements.", "30 agreements", "agreements", "agreements")]
    [InlineData("India will receive two S-400 squadrons next year.", "2 squadrons", "S-400 squadrons", "squadrons")]
    [InlineData("Russia will train 500 skilled workers.", "500 workers", "skilled workers", "workers")]
    [InlineData("India bought 10 million tonnes of fertiliser.", "10 million tonnes", "tonnes of fertiliser", "tonnes")]
    // Durations
    [InlineData("India and Russia share a 77-year diplomatic history, with defence cooperation dating back to the 1960s.", "77 years", "diplomatic history", "years")]
    [InlineData("Putin arrives in New Delhi for a crucial two-day visit.", "2 days", "visit", "days")]
    [InlineData("India and Russia have held annual leadership summits for over two decades.", "20 years", "annual leadership summits", "years")]
    [InlineData("The countries celebrated seven decades of friendship.", "70 years", "friendship", "years")]
    [InlineData("The lease runs on a 10-year-long contract.", "10 years", "contract", "years")]
    public void Reads_value_what_and_unit(string sentence, string value, string what, string unit)
    {
        var figure = Assert.Single(FigureTestArticles.Figures(sentence));

        Assert.Equal((value, what, unit), (figure.Value, figure.What, figure.Unit));
    }

    [Theory]
    [InlineData("The last summit took place in 2021.")]
    [InlineData("Putin arrives on December 4 for the summit.")]
    [InlineData("The visit is planned for 4 December.")]
    [InlineData("Modi attended the 22nd Russia-India summit.")]
    [InlineData("Modi secured a third term in office.")]
    [InlineData("The S-400 and Su-30MKI fleets need spares, as do the T-90 tanks.")]
    [InlineData("Call the embassy on +7 495 783-75-35 for visas.")]
    [InlineData("The helpline is (011) 2301 2345.")]
    [InlineData("1. Maintaining a special partnership")]
    [InlineData("Russia is one of the largest suppliers.")]
    [InlineData("The court struck down Section 370 and Article 35A.")]
    [InlineData("The two leaders met at 10:30 in the morning.")]
    [InlineData("Ties go back to the 1960s.")]
    [InlineData("The two nations share a long history.")]
    [InlineData("Both sides held talks for hours.")]
    [InlineData("Over the past two years the trade has grown.")]
    [InlineData("The deal was signed two years ago.")]
    [InlineData("It was a 24/7 operation under the G20 banner.")]
    [InlineData("A 65-year-old official spoke.")]
    public void Ignores_numbers_that_are_not_figures(string sentence) =>
        Assert.Empty(FigureTestArticles.Figures(sentence));

    [Fact]
    public void Money_amounts_are_in_the_base_unit()
    {
        var figure = Assert.Single(FigureTestArticles.Figures("Trade volume surpassed $65 billion last year."));

        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(65_000_000_000m, figure.Amount);
        Assert.Null(figure.AmountHigh);
    }

    [Fact]
    public void Ranges_keep_both_ends()
    {
        var figure = Assert.Single(FigureTestArticles.Figures("Nearly 60–70% of India’s military equipment is still of Russian origin."));

        Assert.Equal(FigureKind.Percentage, figure.Kind);
        Assert.Equal((60m, 70m), (figure.Amount, figure.AmountHigh!.Value));
    }

    [Fact]
    public void A_change_from_one_amount_to_another_is_two_figures()
    {
        var figures = FigureTestArticles.Figures("They want to raise trade from $65 billion to $100 billion by 2030.");

        Assert.Equal(["65 billion USD", "100 billion USD"], figures.Select(figure => figure.Value));
    }

    [Fact]
    public void An_amount_restated_in_brackets_measures_the_same_thing()
    {
        var figures = FigureTestArticles.Figures("The S-400 deal was worth about ₹40,000 crore ($5.4 billion).");

        Assert.Equal([("400 billion INR", "S-400 deal"), ("5.4 billion USD", "S-400 deal")], figures.Select(figure => (figure.Value, figure.What)));
    }

    [Fact]
    public void Several_figures_in_one_sentence()
    {
        var figures = FigureTestArticles.Figures("Exports reached $4 billion while imports hit $61 billion, and 15 agreements were signed.");

        Assert.Equal(["4 billion USD", "61 billion USD", "15 agreements"], figures.Select(figure => figure.Value));
        Assert.Equal(["exports", "imports", "agreements"], figures.Select(figure => figure.What));
    }

    [Fact]
    public void Each_figure_cites_its_sentence()
    {
        var figures = FigureTestArticles.Figures("Nothing here.", "Trade volume surpassed $65 billion last year.");

        var figure = Assert.Single(figures);
        Assert.Equal(1, figure.Evidence.SentenceIndex);
        Assert.Equal("Trade volume surpassed $65 billion last year.", figure.Evidence.Quote);
    }

    [Fact]
    public void A_figure_repeated_in_the_same_words_is_reported_once()
    {
        var figures = FigureTestArticles.Figures("Trade volume surpassed $65 billion.", "Trade volume surpassed $65 billion, officials repeated.");

        Assert.Single(figures);
    }

    [Fact]
    public void A_sentence_opening_word_keeps_its_capital_when_the_article_writes_it_so_elsewhere()
    {
        var figures = FigureTestArticles.Figures("Russian investment in India stands at $5.4 bn.", "Officials expect more Russian money.");

        Assert.Equal("Russian investment in India", Assert.Single(figures).What);
    }

    [Fact]
    public void Names_keep_their_capitals_and_sentence_openings_lose_theirs()
    {
        var figures = FigureTestArticles.Figures("India's exports to Russia rose to $4 billion.", "Ties with India grew.", "Defence exports reached $2 billion.");

        Assert.Equal(["India's exports to Russia", "defence exports"], figures.Select(figure => figure.What));
    }
}
