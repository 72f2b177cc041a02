using BharatBrief.Data.Search.Matching;

namespace BharatBrief.Data.Search;

/// <summary>
/// Everything one kind's index matched for a query, in key order, with scores and catalog entries; rows the catalog
/// does not know (written since it loaded) are skipped by every count and list. Kept as arrays, shared with the phrase
/// cache when the query is one phrase, so that a search of a common word does not copy thousands of matches.
/// </summary>
/// <param name="Expression">The query.</param>
/// <param name="Phrases">The matches of each of its phrases, to tell which phrases take part in a row.</param>
/// <param name="Ids">The matched keys, ascending.</param>
/// <param name="Scores">Each key's bm25 score; lower is better.</param>
/// <param name="Entries">The catalog's entries by key.</param>
/// <param name="RankedByFts">The whole query's MATCH expression when FTS5 ranked it as a whole (then FTS5 also marks it); null when it was worked out in memory.</param>
internal sealed record KindMatches(
    MatchExpression Expression, PhraseMatches[] Phrases, int[] Ids, double[] Scores, CatalogEntry?[] Entries, string? RankedByFts)
{
    /// <summary>The catalog entry of the match at <paramref name="index"/>, or null when the catalog does not know it.</summary>
    public CatalogEntry? EntryAt(int index)
    {
        var id = Ids[index];
        return (uint)id < (uint)Entries.Length ? Entries[id] : null;
    }

    /// <summary>The phrases to mark in row <paramref name="id"/>, as bits.</summary>
    public int Participants(int id) => Expression.Participants(id, Phrases);
}
