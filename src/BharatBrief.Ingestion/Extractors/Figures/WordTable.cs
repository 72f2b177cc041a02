namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>A word-keyed table compared without regard to case, looked up by span.</summary>
internal sealed class WordTable<TValue>
{
    private readonly Dictionary<string, TValue> _entries;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        _entries = new Dictionary<string, TValue>(entries, StringComparer.OrdinalIgnoreCase);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Keys => _entries.Keys;

    public bool TryGet(ReadOnlySpan<char> word, out TValue value) => _lookup.TryGetValue(word, out value!);
}
