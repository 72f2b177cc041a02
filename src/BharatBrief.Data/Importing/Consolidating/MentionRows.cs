using BharatBrief.Ingestion.Merging;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>The stored mention rows of one kind (summit or agreement): their keys by article and position, and their current owners.</summary>
internal sealed class MentionRows(int capacity = 0)
{
    // Sized up front: grown by doubling, a store's worth of keys would leave a trail of discarded large arrays.
    private readonly Dictionary<MentionRef, int> _rowIds = new(capacity);
    private readonly Dictionary<int, int?> _owners = new(capacity);

    public void Add(MentionRef mention, int rowId, int? owner)
    {
        _rowIds[mention] = rowId;
        _owners[rowId] = owner;
    }

    /// <summary>The consolidated row each mention row points at now, by mention row id.</summary>
    public IReadOnlyDictionary<int, int?> Owners => _owners;

    public int? RowIdOf(MentionRef mention) => _rowIds.TryGetValue(mention, out var id) ? id : null;

    public IReadOnlyList<int> RowIdsOf(IEnumerable<MentionRef> mentions) =>
        [.. mentions.Select(mention => _rowIds.TryGetValue(mention, out var id) ? id : (int?)null).OfType<int>()];

    /// <summary>
    /// The mention rows whose owner must change so that each points at <paramref name="ownerOf"/>'s row for it (null
    /// when no consolidated row lists it). Rows whose owner was deleted already point at nothing.
    /// </summary>
    public IEnumerable<(int RowId, int? Owner)> Changes(IReadOnlyDictionary<int, int> ownerOf, IEnumerable<int> survivingOwners)
    {
        var surviving = survivingOwners.ToHashSet();
        foreach (var (rowId, current) in _owners)
        {
            int? now = current is int id && surviving.Contains(id) ? id : null;
            int? wanted = ownerOf.TryGetValue(rowId, out var owner) ? owner : null;
            if (now != wanted)
            {
                yield return (rowId, wanted);
            }
        }
    }
}
