namespace BharatBrief.Corpus.Writing;

/// <summary>
/// Draws templates for one article without repeating one while others remain, so two paragraphs of an article never
/// read alike. A lookup names keys from the most to the least specific ("lede.report.annual", "lede.report"); the
/// entries of all that exist are pooled.
/// </summary>
public sealed class PhraseDraw(Phrasebook book, Random random)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Random Random => random;

    /// <summary>An unused template of the keys, expanded; a used one when none is left.</summary>
    public string Write(Slots slots, params string[] keys)
    {
        if (TryWrite(slots, keys) is { } fresh)
        {
            return fresh;
        }
        var pool = Pool(keys);
        return pool.Count > 0
            ? Template.Expand(pool[random.Next(pool.Count)], slots, random)
            : throw new KeyNotFoundException($"No phrasebook section among {string.Join(", ", keys)}.");
    }

    /// <summary>An unused template of the keys, expanded; null when every one has been used.</summary>
    public string? TryWrite(Slots slots, params string[] keys)
    {
        var fresh = Pool(keys).Where(entry => !_used.Contains(entry)).ToList();
        if (fresh.Count == 0)
        {
            return null;
        }
        var pick = fresh[random.Next(fresh.Count)];
        _used.Add(pick);
        return Template.Expand(pick, slots, random);
    }

    public bool Has(params string[] keys) => keys.Any(book.Has);

    private List<string> Pool(string[] keys) => [.. keys.Where(book.Has).SelectMany(book.All)];
}
