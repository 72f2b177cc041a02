namespace BharatBrief.Data.Search;

/// <summary>What a site search found: one kind paged, the best few of the others, and counts to narrow it by.</summary>
public sealed record SiteSearchResult
{
    public required SiteSearchRequest Request { get; init; }

    /// <summary>The kind <see cref="Hits"/> are of: the requested kind, or articles when all kinds were asked for.</summary>
    public SearchItemKind ListedKind { get; init; }

    /// <summary>The requested page of <see cref="ListedKind"/>, best first.</summary>
    public IReadOnlyList<SiteSearchHit> Hits { get; init; } = [];

    /// <summary>Matches of <see cref="ListedKind"/> after the filters: what the pages add up to.</summary>
    public int ListedTotal { get; init; }

    public int PageCount => ListedTotal == 0 ? 0 : (ListedTotal + Request.PageSize - 1) / Request.PageSize;

    /// <summary>The best summits, when all kinds were asked for.</summary>
    public IReadOnlyList<SiteSearchHit> TopSummits { get; init; } = [];

    /// <summary>The best agreements, when all kinds were asked for.</summary>
    public IReadOnlyList<SiteSearchHit> TopAgreements { get; init; } = [];

    /// <summary>Matches of each kind under the theme and year filters.</summary>
    public IReadOnlyList<FacetCount<SearchItemKind>> Kinds { get; init; } = [];

    /// <summary>Matches of each theme under the kind and year filters, in taxonomy order; themes without matches left out.</summary>
    public IReadOnlyList<FacetCount<string>> Themes { get; init; } = [];

    /// <summary>Matches of each year under the kind and theme filters, latest first.</summary>
    public IReadOnlyList<FacetCount<int>> Years { get; init; } = [];

    /// <summary>Matches of every kind under all the filters.</summary>
    public int Total => Request.Kind is { } kind ? Kinds.FirstOrDefault(k => k.Value == kind)?.Count ?? 0 : Kinds.Sum(k => k.Count);

    /// <summary>Matches of every kind without the kind, theme and year filters: what a search emptied by its filters would find without them.</summary>
    public int UnfilteredTotal { get; init; }

    /// <summary>
    /// The search as typed with each word no row holds replaced by the closest word the index knows ("Putin" for
    /// "Putn"); null when every word is known or none has a close one.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>True when the filters left nothing that the search alone finds.</summary>
    public bool EmptiedByFilters => Request.Filtered && Total == 0 && UnfilteredTotal > 0;

    public static SiteSearchResult Nothing(SiteSearchRequest request) => new() { Request = request, ListedKind = request.Kind ?? SearchItemKind.Article };
}
