namespace BharatBrief.Data.Search;

/// <summary>
/// The filters of a request and the facet counts over matches. Each facet is counted under the other facets' filters
/// but not its own, so that a reader sees what choosing another value would leave.
/// </summary>
internal sealed class SearchFacets(SearchCatalogSnapshot snapshot, SiteSearchRequest request)
{
    private readonly int _themeBit = request.Theme is { } theme ? snapshot.ThemeBit(theme) : 0;

    public bool Passes(CatalogEntry entry, bool byTheme, bool byYear) =>
        (!byTheme || request.Theme is null || (entry.Themes & _themeBit) != 0)
        && (!byYear || request.Year is null || entry.Year == request.Year);

    public IReadOnlyList<FacetCount<SearchItemKind>> CountKinds(Dictionary<SearchItemKind, List<FtsMatch>> matches) =>
        [.. matches.Select(pair => new FacetCount<SearchItemKind>(pair.Key, pair.Value.Count(m => Passes(m.Entry, byTheme: true, byYear: true))))];

    public IReadOnlyList<FacetCount<string>> CountThemes(Dictionary<SearchItemKind, List<FtsMatch>> matches)
    {
        var counts = new int[snapshot.ThemeSlugs.Count];
        foreach (var match in Listed(matches).Where(m => Passes(m.Entry, byTheme: false, byYear: true)))
        {
            for (var bits = match.Entry.Themes; bits != 0; bits &= bits - 1)
            {
                counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
            }
        }
        return [.. snapshot.ThemeSlugs.Select((slug, i) => new FacetCount<string>(slug, counts[i])).Where(c => c.Count > 0 || c.Value == request.Theme)];
    }

    public IReadOnlyList<FacetCount<int>> CountYears(Dictionary<SearchItemKind, List<FtsMatch>> matches) =>
        [.. Listed(matches)
            .Where(m => m.Entry.Year is not null && Passes(m.Entry, byTheme: true, byYear: false))
            .GroupBy(m => m.Entry.Year!.Value)
            .Select(group => new FacetCount<int>(group.Key, group.Count()))
            .OrderByDescending(c => c.Value)];

    /// <summary>The matches the kind filter leaves: one kind, or all three.</summary>
    private IEnumerable<FtsMatch> Listed(Dictionary<SearchItemKind, List<FtsMatch>> matches) =>
        request.Kind is { } kind ? matches[kind] : matches.Values.SelectMany(list => list);
}
