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

    public int CountPassing(KindMatches matches)
    {
        var count = 0;
        for (var i = 0; i < matches.Ids.Length; i++)
        {
            if (matches.EntryAt(i) is { } entry && Passes(entry, byTheme: true, byYear: true))
            {
                count++;
            }
        }
        return count;
    }

    public IReadOnlyList<FacetCount<SearchItemKind>> CountKinds(Dictionary<SearchItemKind, KindMatches> matches) =>
        [.. matches.Select(pair => new FacetCount<SearchItemKind>(pair.Key, CountPassing(pair.Value)))];

    public IReadOnlyList<FacetCount<string>> CountThemes(Dictionary<SearchItemKind, KindMatches> matches)
    {
        var counts = new int[snapshot.ThemeSlugs.Count];
        foreach (var kind in Listed(matches))
        {
            for (var i = 0; i < kind.Ids.Length; i++)
            {
                if (kind.EntryAt(i) is not { } entry || !Passes(entry, byTheme: false, byYear: true))
                {
                    continue;
                }
                for (var bits = entry.Themes; bits != 0; bits &= bits - 1)
                {
                    counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                }
            }
        }
        return [.. snapshot.ThemeSlugs.Select((slug, i) => new FacetCount<string>(slug, counts[i])).Where(c => c.Count > 0 || c.Value == request.Theme)];
    }

    public IReadOnlyList<FacetCount<int>> CountYears(Dictionary<SearchItemKind, KindMatches> matches)
    {
        var counts = new Dictionary<int, int>();
        foreach (var kind in Listed(matches))
        {
            for (var i = 0; i < kind.Ids.Length; i++)
            {
                if (kind.EntryAt(i) is { Year: { } year } entry && Passes(entry, byTheme: true, byYear: false))
                {
                    counts[year] = counts.GetValueOrDefault(year) + 1;
                }
            }
        }
        return [.. counts.Select(pair => new FacetCount<int>(pair.Key, pair.Value)).OrderByDescending(c => c.Value)];
    }

    /// <summary>The matches the kind filter leaves: one kind, or all three.</summary>
    private IEnumerable<KindMatches> Listed(Dictionary<SearchItemKind, KindMatches> matches) =>
        request.Kind is { } kind ? [matches[kind]] : matches.Values;
}
