using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Extractors.Themes;

namespace BharatBrief.Ingestion.Tests.Extractors.Themes;

public sealed class ThemeExtractorTests
{
    [Fact]
    public void An_article_without_theme_words_has_no_themes()
    {
        var context = ThemeTestArticles.FromSentences("A quiet day", "The leaders had lunch.", "They posed for photographs.");

        new ThemeExtractor().Extract(context);

        Assert.Empty(context.Themes);
    }

    [Fact]
    public void The_title_outweighs_the_same_words_in_the_body()
    {
        var context = ThemeTestArticles.FromSentences("Oil deal signed", "The navy also sailed.");

        new ThemeExtractor().Extract(context);

        Assert.Equal(["energy", "defence"], context.Themes.Select(theme => theme.Slug));
        Assert.True(context.Themes[0].Weight > 2 * context.Themes[1].Weight);
    }

    [Fact]
    public void Repeating_a_word_adds_less_than_saying_something_new()
    {
        var repeated = ThemeTestArticles.FromSentences(
            null, "Oil matters.", "Oil matters.", "Oil matters.", "Oil matters.", "The navy sailed.", "Missiles were tested.", "Submarines dived.", "Frigates docked.");

        new ThemeExtractor().Extract(repeated);

        Assert.Equal("defence", repeated.Themes[0].Slug);
    }

    [Fact]
    public void Themes_under_the_floor_are_dropped_and_the_rest_sum_to_one()
    {
        var tally = ThemeLexicon.Default.CreateTally();
        tally.Add("Missiles, frigates, submarines and tanks were on show.", boost: 3);
        tally.Add("Oil was mentioned.");
        tally.Add("There was pressure.");

        var weights = tally.ToWeights(floor: 0.1);

        Assert.Equal(["defence", "energy"], weights.Select(theme => theme.Slug));
        Assert.Equal(1.0, weights.Sum(theme => theme.Weight), 6);
    }

    [Fact]
    public void A_derived_title_is_not_counted_twice()
    {
        var context = ThemeTestArticles.FromBlocks(
            (BlockKind.Title, "Oil exports climb"),
            (BlockKind.Lede, "Oil exports climb."),
            (BlockKind.Paragraph, "The navy sailed and the missiles were tested."));
        var derived = new ExtractionContext(context.Document with { TitleIsDerived = true }, context.Gazetteer, null);

        new ThemeExtractor().Extract(context);
        new ThemeExtractor().Extract(derived);

        Assert.True(derived.Themes.Single(theme => theme.Slug == "energy").Weight < context.Themes.Single(theme => theme.Slug == "energy").Weight);
    }

    [Theory]
    [InlineData(BlockKind.Title, 3.0)]
    [InlineData(BlockKind.TableRow, 2.5)]
    [InlineData(BlockKind.Lede, 2.0)]
    [InlineData(BlockKind.Heading, 1.5)]
    [InlineData(BlockKind.Paragraph, 1.0)]
    [InlineData(BlockKind.ListItem, 1.0)]
    public void Blocks_count_by_where_they_stand(BlockKind kind, double boost) =>
        Assert.Equal(boost, ThemeExtractor.BoostOf(kind));

    [Fact]
    public void A_theme_that_runs_through_the_article_outweighs_one_confined_to_a_passage()
    {
        var tally = ThemeLexicon.Default.CreateTally();
        tally.Add("The navy sailed.", passage: 1);
        tally.Add("The army marched.", passage: 1);
        tally.Add("The tanks rolled.", passage: 1);
        tally.Add("Gas flowed.", passage: 2);
        tally.Add("Coal burned.", passage: 3);
        tally.Add("Fuel ran short.", passage: 4);

        var weights = tally.ToWeights();

        Assert.Equal(["energy", "defence"], weights.Select(theme => theme.Slug));
    }

    [Fact]
    public void Texts_without_a_passage_are_passages_of_their_own()
    {
        var apart = ThemeLexicon.Default.CreateTally();
        var together = ThemeLexicon.Default.CreateTally();
        foreach (var text in new[] { "The navy sailed.", "The army marched." })
        {
            apart.Add(text);
            together.Add(text, passage: 7);
        }
        apart.Add("Oil flowed.");
        together.Add("Oil flowed.", passage: 8);

        Assert.True(apart.ToWeights()[0].Weight > together.ToWeights()[0].Weight);
    }

    [Fact]
    public void The_blocks_of_the_article_are_its_passages()
    {
        var spread = ThemeTestArticles.FromBlocks(
            (BlockKind.Paragraph, "Gas flowed."),
            (BlockKind.Paragraph, "Coal burned."),
            (BlockKind.Paragraph, "Fuel ran short."),
            (BlockKind.Paragraph, "The navy sailed. The army marched. The tanks rolled."));

        new ThemeExtractor().Extract(spread);

        Assert.Equal(["energy", "defence"], spread.Themes.Select(theme => theme.Slug));
    }

    [Fact]
    public void A_list_of_topics_in_the_body_counts_little_for_each()
    {
        var tally = ThemeLexicon.Default.CreateTally();
        tally.Add("Missiles were tested.");
        tally.Add("The talks covered trade, energy, space and payments.");

        Assert.Equal("defence", tally.ToWeights()[0].Slug);
    }

    [Theory]
    [InlineData(BlockKind.Heading)]
    [InlineData(BlockKind.TableRow)]
    [InlineData(BlockKind.Lede)]
    public void A_list_of_topics_where_the_article_sums_itself_up_counts_in_full(BlockKind kind)
    {
        var context = ThemeTestArticles.FromBlocks(
            (kind, "Agenda: trade, energy, space and payments"),
            (BlockKind.Paragraph, "Missiles were tested."));

        new ThemeExtractor().Extract(context);

        Assert.Equal("payments", context.Themes[0].Slug);
    }

    [Fact]
    public void A_list_of_three_topics_is_not_yet_in_passing()
    {
        var tally = ThemeLexicon.Default.CreateTally();
        tally.Add("Missiles were tested.");
        tally.Add("The talks covered trade, energy and payments.");

        Assert.Equal("payments", tally.ToWeights()[0].Slug);
    }

    [Fact]
    public void Further_words_of_a_theme_in_one_sentence_add_less_than_the_strongest()
    {
        var piled = ThemeLexicon.Default.CreateTally();
        piled.Add("The navy and the army drilled.", passage: 1);
        var single = ThemeLexicon.Default.CreateTally();
        single.Add("The navy drilled.", passage: 1);
        single.Add("The army drilled.", passage: 1);
        piled.Add("Oil flowed.");
        single.Add("Oil flowed.");

        var piledDefence = piled.ToWeights().Single(theme => theme.Slug == "defence").Weight;
        var singleDefence = single.ToWeights().Single(theme => theme.Slug == "defence").Weight;
        Assert.True(piledDefence < singleDefence);
    }

    [Theory]
    [InlineData("Modi and Putin met on the sidelines of the SCO summit.")]
    [InlineData("Modi and Putin met at the BRICS summit in Kazan.")]
    [InlineData("Modi and Putin last met at the G20 in Bali.")]
    public void A_forum_named_only_as_the_place_of_a_meeting_counts_little(string meeting)
    {
        var tally = ThemeLexicon.Default.CreateTally();
        tally.Add(meeting);
        tally.Add("They spoke about oil.");

        Assert.Equal("energy", tally.ToWeights()[0].Slug);
    }

    [Fact]
    public void A_forum_the_article_speaks_of_counts_in_full_where_it_is_also_a_meeting_place()
    {
        var tally = ThemeLexicon.Default.CreateTally();
        tally.Add("Russia chairs BRICS this year.");
        tally.Add("Modi and Putin met at the BRICS summit in Kazan.");
        tally.Add("They spoke about oil.");
        tally.Add("Crude prices were discussed.");

        Assert.Equal("multilateral", tally.ToWeights()[0].Slug);
    }
}
