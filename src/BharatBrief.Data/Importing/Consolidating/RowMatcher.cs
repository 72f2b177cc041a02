namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Pairs each newly merged summit or agreement with the stored row it continues, so that Ids and slugs survive a
/// new consolidation: first by the most mention rows in common, then, for what is left, by equal slug (an article
/// whose text changed gets new mention rows, but its meeting keeps its city and date).
/// </summary>
internal static class RowMatcher
{
    /// <param name="groups">Each merged item's mention row ids.</param>
    /// <param name="owners">The stored row each mention row points at now.</param>
    /// <param name="naturalSlugs">Each merged item's slug as it would be made afresh.</param>
    /// <param name="stored">The stored rows' slugs by Id.</param>
    /// <param name="pins">Each merged item's row as editors pinned it, which wins over everything else.</param>
    /// <returns>For each merged item, the Id of the stored row it continues, or null for a new row.</returns>
    public static int?[] Match(
        IReadOnlyList<IReadOnlyList<int>> groups,
        IReadOnlyDictionary<int, int?> owners,
        IReadOnlyList<string> naturalSlugs,
        IReadOnlyDictionary<int, string> stored,
        IReadOnlyList<int?> pins)
    {
        var matches = new int?[groups.Count];
        var taken = new HashSet<int>();
        for (var group = 0; group < groups.Count; group++)
        {
            if (pins[group] is int pinned && stored.ContainsKey(pinned) && taken.Add(pinned))
            {
                matches[group] = pinned;
            }
        }
        var candidates = new List<(int Group, int Stored, int Overlap)>();
        for (var group = 0; group < groups.Count; group++)
        {
            var counts = groups[group]
                .Select(row => owners.TryGetValue(row, out var owner) ? owner : null)
                .OfType<int>()
                .Where(stored.ContainsKey)
                .CountBy(id => id);
            candidates.AddRange(counts.Select(count => (group, count.Key, count.Value)));
        }
        foreach (var (group, id, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Stored).ThenBy(c => c.Group))
        {
            if (matches[group] is null && taken.Add(id))
            {
                matches[group] = id;
            }
        }

        var freeBySlug = stored.Where(row => !taken.Contains(row.Key)).ToDictionary(row => row.Value, row => row.Key, StringComparer.Ordinal);
        for (var group = 0; group < groups.Count; group++)
        {
            if (matches[group] is null && freeBySlug.Remove(naturalSlugs[group], out var id))
            {
                matches[group] = id;
            }
        }
        return matches;
    }
}
