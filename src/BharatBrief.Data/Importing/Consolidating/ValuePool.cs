namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Hands out one instance per distinct value read back for merging. Thousands of mentions name the same leaders,
/// places, themes and agreements and quote the same sentences: read row by row, each would be a copy of its own,
/// and consolidation would hold as many copies as the store has mentions.
/// </summary>
internal sealed class ValuePool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<object, object> _records = [];
    private readonly Dictionary<object[], object[]> _arrays = new(ItemsComparer.Instance);

    public string? Of(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (_strings.TryGetValue(value, out var pooled))
        {
            return pooled;
        }
        _strings.Add(value);
        return value;
    }

    public string[] Of(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return [];
        }
        // A separator that no value contains: ["a b"] and ["a", "b"] are different lists.
        var key = string.Join('\u001F', values);
        if (_lists.TryGetValue(key, out var pooled))
        {
            return pooled;
        }
        string[] list = [.. values.Select(value => Of(value)!)];
        _lists[key] = list;
        return list;
    }

    /// <summary>One array per sequence of the same instances (pooled records, so equal items are the same instance).</summary>
    public T[] Of<T>(T[] items)
        where T : class
    {
        if (items.Length == 0)
        {
            return [];
        }
        if (_arrays.TryGetValue(items, out var pooled))
        {
            return (T[])pooled;
        }
        _arrays[items] = items;
        return items;
    }

    /// <summary>One instance per equal record (records compare by value).</summary>
    public T Record<T>(T value)
        where T : class
    {
        if (_records.TryGetValue(value, out var pooled))
        {
            return (T)pooled;
        }
        _records[value] = value;
        return value;
    }

    private sealed class ItemsComparer : IEqualityComparer<object[]>
    {
        public static readonly ItemsComparer Instance = new();

        public bool Equals(object[]? x, object[]? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }
            if (x is null || y is null || x.GetType() != y.GetType() || x.Length != y.Length)
            {
                return false;
            }
            for (var i = 0; i < x.Length; i++)
            {
                if (!ReferenceEquals(x[i], y[i]))
                {
                    return false;
                }
            }
            return true;
        }

        public int GetHashCode(object[] items)
        {
            var hash = new HashCode();
            foreach (var item in items)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(item));
            }
            return hash.ToHashCode();
        }
    }
}
