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

    public int CountPassing(List<FtsMatch> matches)
    {
        var count = 0;
        foreach (var match in matches)
        {
            if (Passes(match.Entry, byTheme: true, byYear: true))
            {
                count++;
            }
        }
        return count;
    }

    public IReadOnlyList<FacetCount<SearchItemKind>> CountKinds(Dictionary<SearchItemKind, List<FtsMatch>> matches) =>
        [.. matches.Select(pair => new FacetCount<SearchItemKind>(pair.Key, CountPassing(pair.Value)))];

    public IReadOnlyList<FacetCount<string>> CountThemes(Dictionary<SearchItemKind, List<FtsMatch>> matches)
    {
        var counts = new int[snapshot.ThemeSlugs.Count];
        foreach (var list in Listed(matches))
        {
            foreach (var match in list)
            {
                if (!Passes(match.Entry, byTheme: false, byYear: true))
                {
                    continue;
                }
                for (var bits = match.Entry.Themes; bits != 0; bits &= bits - 1)
                {
                    counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                }
            }
        }
        return [.. snapshot.ThemeSlugs.Select((slug, i) => new FacetCount<string>(slug, counts[i])).Where(c => c.Count > 0 || c.Value == request.Theme)];
    }

    public IReadOnlyList<FacetCount<int>> CountYears(Dictionary<SearchItemKind, List<FtsMatch>> matches)
    {
        var counts = new Dictionary<int, int>();
        foreach (var list in Listed(matches))
        {
            foreach (var match in list)
            {
                if (match.Entry.Year is { } year && Passes(match.Entry, byTheme: true, byYear: false))
                {
                    counts[year] = counts.GetValueOrDefault(year) + 1;
                }
            }
        }
        return [.. counts.Select(pair => new FacetCount<int>(pair.Key, pair.Value)).OrderByDescending(c => c.Value)];
    }

    /// <summary>The matches the kind filter leaves: one kind, or all three.</summary>
    private IEnumerable<List<FtsMatch>> Listed(Dictionary<SearchItemKind, List<FtsMatch>> matches) =>
        request.Kind is { } kind ? [matches[kind]] : matches.Values;
}
