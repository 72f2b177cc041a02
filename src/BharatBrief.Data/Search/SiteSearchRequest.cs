namespace BharatBrief.Data.Search;

/// <summary>A search of the whole site, with the facets a reader narrowed it to.</summary>
/// <param name="Query">What to look for.</param>
/// <param name="Kind">Only this kind of item; null for all three (then articles are the paged list).</param>
/// <param name="Theme">Only items of this theme slug.</param>
/// <param name="Year">Only items of this year.</param>
/// <param name="Page">The page of the listed kind, from 1.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Sort">Best first, or newest first.</param>
/// <param name="Forgiving">
/// True to find variants, word starts and close spellings too, exact words first (<see cref="TermAlternatives"/>);
/// false to search exactly what was typed, as FTS5 alone would.
/// </param>
public sealed record SiteSearchRequest(
    SearchQuery Query, SearchItemKind? Kind = null, string? Theme = null, int? Year = null, int Page = 1, int PageSize = 20,
    SearchSort Sort = SearchSort.Relevance, bool Forgiving = true)
{
    /// <summary>How many summits and agreements the all-kinds view shows above the articles.</summary>
    public const int TopCount = 5;

    /// <summary>True when a kind, theme or year narrows the search.</summary>
    public bool Filtered => Kind is not null || Theme is not null || Year is not null;
}
