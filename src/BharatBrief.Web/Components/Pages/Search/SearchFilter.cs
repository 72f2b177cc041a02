using BharatBrief.Data.Search;
using BharatBrief.Web.Filtering;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Components.Pages.Search;

/// <summary>A search as it stands in the URL: the text, the facets chosen and the page.</summary>
public sealed record SearchFilter(SearchQuery Query, SearchItemKind? Kind, string? Theme, int? Year, int Page, SearchSort Sort = SearchSort.Relevance)
{
    // Ten a page: each result's snippet is cut from its whole text, the dearest part of a search.
    public const int PageSize = 10;

    public static readonly IReadOnlyList<string> KindSlugs = ["article", "summit", "agreement"];

    /// <summary>The orders the address may ask for; relevance is the default and is left out of addresses.</summary>
    public static readonly IReadOnlyList<string> SortSlugs = ["relevance", "date"];

    public static SearchFilter Parse(string? q, string? kind, string? theme, string? year, string? page, QueryProblems problems) =>
        Parse(q, kind, theme, year, page, null, problems);

    public static SearchFilter Parse(string? q, string? kind, string? theme, string? year, string? page, string? sort, QueryProblems problems) => new(
        SearchQuery.Parse(q),
        QueryValues.OneOf(kind, "kind", KindSlugs, problems) switch
        {
            "article" => SearchItemKind.Article,
            "summit" => SearchItemKind.Summit,
            "agreement" => SearchItemKind.Agreement,
            _ => null,
        },
        QueryValues.Theme(theme, problems),
        QueryValues.Year(year, "year", problems),
        QueryValues.Page(page, problems),
        QueryValues.OneOf(sort, "sort", SortSlugs, problems) == "date" ? SearchSort.Date : SearchSort.Relevance);

    /// <summary>The page's title for this search.</summary>
    public string Title => Query.IsEmpty ? "Search" : $"Search: {QueryValues.Shorten(Query.Text)}";

    public SiteSearchRequest ToRequest() => new(Query, Kind, Theme, Year, Page, PageSize, Sort);

    /// <summary>The same search without its kind, theme and year.</summary>
    public SearchFilter Unfiltered => this with { Kind = null, Theme = null, Year = null, Page = 1 };

    public static string Slug(SearchItemKind kind) => kind switch
    {
        SearchItemKind.Summit => "summit",
        SearchItemKind.Agreement => "agreement",
        _ => "article",
    };

    /// <summary>The address of this search, page included: what the address bar shows and a reload opens.</summary>
    public string ToUrl() => SiteLinks.WithQuery("/search", ToQuery(), ("page", Page > 1 ? Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    /// <summary>The search as query parameters (without the page), for facet and page links.</summary>
    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["q"] = Query.Typed,
        ["kind"] = Kind is { } kind ? Slug(kind) : null,
        ["theme"] = Theme,
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = Sort == SearchSort.Date ? "date" : null,
    };
}
