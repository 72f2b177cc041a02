namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Finds the next occurrence of one character in a line, remembering the last answer so that repeated searches from
/// positions the last search passed over cost nothing; this keeps inline parsing linear on hostile input.
/// </summary>
internal struct NextCharFinder(char target)
{
    private int _searchedFrom = int.MaxValue;
    private int _foundAt = -1;

    /// <summary>The index of the next <c>target</c> at or after <paramref name="from"/> before <paramref name="end"/>, or -1.</summary>
    public int Find(string source, int from, int end)
    {
        if (from >= _searchedFrom && (_foundAt < 0 || from <= _foundAt))
        {
            return _foundAt;
        }
        var offset = source.AsSpan(from, end - from).IndexOf(target);
        _searchedFrom = from;
        _foundAt = offset < 0 ? -1 : from + offset;
        return _foundAt;
    }
}
