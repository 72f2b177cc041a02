namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>The high end of a range written after a number: "60–70", "$5–6 billion", "$5 billion to $6 billion".</summary>
internal static class RangeReader
{
    /// <summary>
    /// Reads the separator and the second number at <paramref name="index"/>. "to" only makes a range when no "from"
    /// opens the first number, since "from $65 billion to $100 billion" is a change, not a range; "and" only after "between".
    /// </summary>
    public static bool TryReadHigh(FigureSentence s, int index, int lowStart, bool allowSpelled, IReadOnlyList<string[]>? repeatedMarkers, out Quantity high)
    {
        high = default;
        var opener = s.IsWord(lowStart - 1, "between") ? "between" : s.IsWord(lowStart - 1, "from") ? "from" : null;
        var isSeparator = s.IsDash(index)
            || (s.IsWord(index, "to") && opener != "from")
            || (s.IsWord(index, "and") && opener == "between");
        if (!isSeparator)
        {
            return false;
        }
        var next = index + 1;
        if (repeatedMarkers is not null)
        {
            foreach (var marker in repeatedMarkers)
            {
                next += s.Matches(next, marker);
                if (next > index + 1)
                {
                    break;
                }
            }
        }
        return QuantityReader.TryRead(s, next, allowSpelled, out high);
    }
}
