namespace BharatBrief.Data.Search;

/// <summary>A search of the whole site, with the facets a reader narrowed it to.</summary>
/// <param name="Query">What to look for.</param>
/// <param name="Kind">Only this kind of item; null for all three (then articles are the paged list).</param>
/// <param name="Theme">Only items of this theme slug.</param>
/// <param name="Year">Only items of this year.</param>
/// <param name="Page">The page of the listed kind, from 1.</param>
/// <param name="PageSize">Results per page.</param>
public sealed record SiteSearchRequest(SearchQuery Query, SearchItemKind? Kind = null, string? Theme = null, int? Year = null, int Page = 1, int PageSize = 20)
{
    /// <summary>How many summits and agreements the all-kinds view shows above the articles.</summary>
    public const int TopCount = 5;
}
