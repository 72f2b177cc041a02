namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>Hands out unique slugs: the natural one when free, else with a number.</summary>
internal sealed class SlugAllocator(IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);

    // The next number to try for each natural slug, so that thousands of "summit-undated" cost one probe each.
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="natural"/> when free, else "-2", "-3", … appended. Undated slugs are always numbered
    /// ("summit-undated-1"): an undated meeting has nothing else that tells it apart.
    /// </summary>
    public string Allocate(string natural)
    {
        var undated = NaturalSlugs.IsUndated(natural);
        if (!undated && _taken.Add(natural))
        {
            return natural;
        }
        var n = _next.TryGetValue(natural, out var next) ? next : undated ? 1 : 2;
        while (!_taken.Add($"{natural}-{n}"))
        {
            n++;
        }
        _next[natural] = n + 1;
        return $"{natural}-{n}";
    }
}
