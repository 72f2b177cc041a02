using System.Collections.Concurrent;

namespace BharatBrief.Data.Search.Matching;

/// <summary>
/// The matches of phrases searched since the store last changed, per kind, within a budget of bytes; the least
/// recently used go first. It belongs to one <see cref="SearchCatalogSnapshot"/>, so a change to the store, which
/// replaces the snapshot, also empties it. Readers search the same words in many combinations, pages and filters:
/// each combination is then worked out in memory instead of by FTS5 ranking every match again.
/// </summary>
internal sealed class PhraseMatchCache(long budgetBytes)
{
    private readonly ConcurrentDictionary<(SearchItemKind Kind, string Phrase), Entry> _entries = new();
    private readonly Lock _evicting = new();
    private long _bytes;
    private long _clock;

    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _entries.Count;

    public bool TryGet(SearchItemKind kind, string phrase, out PhraseMatches matches)
    {
        if (_entries.TryGetValue((kind, phrase), out var entry))
        {
            Volatile.Write(ref entry.LastUse, Interlocked.Increment(ref _clock));
            matches = entry.Matches;
            return true;
        }
        matches = PhraseMatches.None;
        return false;
    }

    public void Add(SearchItemKind kind, string phrase, PhraseMatches matches)
    {
        if (matches.Bytes > budgetBytes)
        {
            return;
        }
        if (_entries.TryAdd((kind, phrase), new Entry(matches, Interlocked.Increment(ref _clock)))
            && Interlocked.Add(ref _bytes, matches.Bytes) > budgetBytes)
        {
            Evict();
        }
    }

    /// <summary>Drops the least recently used phrases until a quarter of the budget is free again.</summary>
    private void Evict()
    {
        lock (_evicting)
        {
            if (Bytes <= budgetBytes)
            {
                return;
            }
            var target = budgetBytes * 3 / 4;
            // ConcurrentDictionary.ToArray takes a consistent copy; enumerating it through LINQ while other searches add
            // phrases copies into an array sized from a count that may already be out of date.
            foreach (var (key, entry) in _entries.ToArray().OrderBy(pair => Volatile.Read(ref pair.Value.LastUse)))
            {
                if (Bytes <= target)
                {
                    break;
                }
                if (_entries.TryRemove(key, out var removed))
                {
                    Interlocked.Add(ref _bytes, -removed.Matches.Bytes);
                }
            }
        }
    }

    private sealed class Entry(PhraseMatches matches, long lastUse)
    {
        public PhraseMatches Matches { get; } = matches;

        public long LastUse = lastUse;
    }
}
