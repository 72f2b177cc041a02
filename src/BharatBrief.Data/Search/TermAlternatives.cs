namespace BharatBrief.Data.Search;

/// <summary>One way a typed term may be found, and how far it stands from what was typed.</summary>
/// <param name="Term">The phrase to search.</param>
/// <param name="Tier">0 the term itself or an editors' variant, 1 a longer word it starts, 2 a word one edit away, 3 two edits away.</param>
internal readonly record struct Alternative(SearchTerm Term, int Tier);

/// <summary>
/// The ways each term of a query may be found, as a search that forgives: the word itself (or its variants from
/// <see cref="SearchVariants"/>), then longer words it starts when it is the word being typed, then, when the index
/// knows no such word, the known words within one edit (from five letters) or two (from nine). A row's score for a
/// term is its best alternative's bm25 plus <see cref="TierGap"/> per tier, so that exact words rank above word starts
/// above close spellings whatever bm25 says.
/// </summary>
internal static class TermAlternatives
{
    /// <summary>More than any bm25 score of one phrase reaches in these indexes, so tiers order before scores.</summary>
    public const double TierGap = 1_000;

    /// <summary>Edits a typo'd word may be from a known one: one from five letters, two from nine (as Meilisearch counts).</summary>
    public static int TyposAllowed(string word) => word.Length >= 9 ? 2 : word.Length >= 5 ? 1 : 0;

    /// <summary>Edits a "did you mean" may suggest: as <see cref="TyposAllowed"/>, and one for a four-letter word too.</summary>
    public static int SuggestionEdits(string word) => Math.Max(TyposAllowed(word), word.Length >= 4 ? 1 : 0);

    /// <summary>Each term as typed, and nothing else: what FTS5 itself would search.</summary>
    public static IReadOnlyList<Alternative>[] Literal(SearchQuery query) =>
        [.. query.Terms.Select(term => (IReadOnlyList<Alternative>)[new Alternative(term, 0)])];

    public static IReadOnlyList<Alternative>[] Forgiving(SearchQuery query, SearchVocabulary vocabulary, SearchVariants variants) =>
        [.. query.Terms.Select(term => Of(term, vocabulary, variants))];

    private static IReadOnlyList<Alternative> Of(SearchTerm term, SearchVocabulary vocabulary, SearchVariants variants)
    {
        var found = new List<Alternative> { new(term with { Prefix = false }, 0) };
        if (term.Prefix)
        {
            found.Add(new Alternative(term, 1));
        }
        foreach (var variant in variants.Of(term.Words))
        {
            found.Add(new Alternative(new SearchTerm(variant, Prefix: false, Quoted: true), 0));
        }
        if (!term.Quoted && term.Words is [var word] && TyposAllowed(word) is > 0 and var edits && IsUnknown(term, word, vocabulary))
        {
            foreach (var close in vocabulary.Close(SearchVocabulary.StemOf(word), edits))
            {
                found.Add(new Alternative(new SearchTerm([close.Term], Prefix: false, Quoted: false), 1 + close.Edits));
            }
        }
        return found;
    }

    /// <summary>True when no row holds the word (nor, for the word being typed, a word it starts).</summary>
    public static bool IsUnknown(SearchTerm term, string word, SearchVocabulary vocabulary)
    {
        var stem = SearchVocabulary.StemOf(word);
        return stem.Length > 0 && !vocabulary.Contains(stem) && !(term.Prefix && vocabulary.HasPrefix(stem));
    }
}
