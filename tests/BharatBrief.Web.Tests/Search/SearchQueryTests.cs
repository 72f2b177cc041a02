using BharatBrief.Data.Search;

namespace BharatBrief.Web.Tests.Search;

/// <summary>What readers type, made into FTS5 queries that cannot be syntax errors.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("S-400", "\"s 400\"", "s-400")]
    [InlineData("\"rupee-ruble\"", "\"rupee ruble\"", "\"rupee ruble\"")]
    [InlineData("Kudankulam", "\"kudankulam\"*", "kudankulam*")]
    [InlineData("RELOS", "\"relos\"*", "relos*")]
    [InlineData("sanctions AND oil", "\"sanctions\" AND \"oil\"*", "sanctions AND oil*")]
    [InlineData("oil OR gas NOT coal", "\"oil\" OR \"gas\" NOT \"coal\"*", "oil OR gas NOT coal*")]
    [InlineData("kudan* reactor", "\"kudan\"* \"reactor\"*", "kudan* reactor*")]
    [InlineData("U.S. sanctions", "\"u s\" \"sanctions\"*", "u-s sanctions*")]
    [InlineData("India’s oil", "\"india s\" \"oil\"*", "india-s oil*")]
    [InlineData("modi and putin", "\"modi\" \"and\" \"putin\"*", "modi and putin*")]
    [InlineData("मोदी", "\"मोदी\"*", "मोदी*")]
    [InlineData("a", "\"a\"", "a")]
    public void Typed_text_becomes_quoted_terms_joined_by_operators(string typed, string match, string display)
    {
        var query = SearchQuery.Parse(typed);

        Assert.Equal(match, query.Match);
        Assert.Equal(display, query.Display);
        Assert.Equal(SearchQueryNotes.None, query.Notes);
    }

    [Theory]
    [InlineData(null, SearchQueryNotes.Empty)]
    [InlineData("   ", SearchQueryNotes.Empty)]
    [InlineData("!!! ??? ...", SearchQueryNotes.NoWords)]
    [InlineData("AND OR NOT", SearchQueryNotes.NoWords | SearchQueryNotes.OperatorsDropped)]
    [InlineData("NOT oil", SearchQueryNotes.NoWords | SearchQueryNotes.OperatorsDropped)]
    [InlineData("\"\" AND", SearchQueryNotes.NoWords | SearchQueryNotes.OperatorsDropped)]
    [InlineData("*", SearchQueryNotes.NoWords)]
    public void Nothing_to_look_for_is_said_so(string? typed, SearchQueryNotes notes)
    {
        var query = SearchQuery.Parse(typed);

        Assert.True(query.IsEmpty);
        Assert.Null(query.Match);
        Assert.Equal(notes, query.Notes);
    }

    [Fact]
    public void An_unbalanced_quote_is_closed_at_the_end()
    {
        var query = SearchQuery.Parse("\"rupee-ruble trade");

        Assert.Equal("\"rupee ruble trade\"", query.Match);
        Assert.Equal(SearchQueryNotes.QuoteClosed, query.Notes);
    }

    [Theory]
    [InlineData("oil AND", "\"oil\"*")]
    [InlineData("AND oil", "\"oil\"*")]
    [InlineData("oil AND OR gas", "\"oil\" AND \"gas\"*")]
    public void Operators_that_join_nothing_are_left_out(string typed, string match)
    {
        var query = SearchQuery.Parse(typed);

        Assert.Equal(match, query.Match);
        Assert.Equal(SearchQueryNotes.OperatorsDropped, query.Notes);
    }

    [Fact]
    public void A_5000_character_query_keeps_its_first_terms()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("sanctions oil ", 400))[..5000]);

        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
        Assert.True(query.Notes.HasFlag(SearchQueryNotes.Shortened));
    }

    [Fact]
    public void A_5000_character_word_is_cut()
    {
        var query = SearchQuery.Parse(new string('x', 5000));

        Assert.Equal(SearchQuery.MaxWordLength, query.Terms.Single().Words.Single().Length);
        Assert.True(query.Notes.HasFlag(SearchQueryNotes.Shortened));
    }

    [Theory]
    [InlineData("NEAR(modi putin, 3)")]
    [InlineData("title:putin")]
    [InlineData("^modi")]
    [InlineData("{title lede}: putin")]
    [InlineData("modi + putin - sanctions")]
    [InlineData("\"a\" \"b")]
    [InlineData("\0\u0001\u202e")]
    public void FTS5_syntax_in_the_text_is_only_ever_words(string typed)
    {
        var query = SearchQuery.Parse(typed);

        Assert.All(query.Terms, term => Assert.All(term.Words, word => Assert.True(word.All(char.IsLetterOrDigit), word)));
        Assert.All(query.Operators, op => Assert.Contains(op, new[] { "", "AND", "OR", "NOT" }));
    }
}
