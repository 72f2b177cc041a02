namespace BharatBrief.Ingestion.Documents;

/// <summary>Finds where "[label](target)" and "[label][reference]" end in a line of Markdown, in linear time overall.</summary>
internal sealed class MarkdownLinkScanner(string source, int end)
{
    private NextCharFinder _closeBracket = new(']');
    private NextCharFinder _closeParen = new(')');

    /// <summary>The index just after a footnote reference ("[^1]") whose '[' is at <paramref name="open"/>, or -1.</summary>
    public int FootnoteEnd(int open, int stop)
    {
        var close = _closeBracket.Find(source, open + 1, end);
        return close > open + 2 && close < stop ? close + 1 : -1;
    }

    /// <summary>Reads a link whose '[' is at <paramref name="open"/>; the label is <c>[open + 1, labelEnd)</c>.</summary>
    /// <param name="after">The index just after the link.</param>
    public bool TryRead(int open, int stop, out int labelEnd, out int after)
    {
        labelEnd = _closeBracket.Find(source, open + 1, end);
        after = -1;
        if (labelEnd < 0 || labelEnd + 1 >= stop)
        {
            return false;
        }
        var close = source[labelEnd + 1] switch
        {
            '(' => _closeParen.Find(source, labelEnd + 2, end),
            '[' => _closeBracket.Find(source, labelEnd + 2, end),
            _ => -1,
        };
        if (close < 0 || close >= stop)
        {
            return false;
        }
        after = close + 1;
        return true;
    }
}
