namespace BharatBrief.Ingestion.Documents;

/// <summary>The marker that opens a list line: a bullet ("-", "•", "*", "–") or a number ("1.", "2)").</summary>
/// <param name="Length">How many characters of the line the marker and the space after it take.</param>
/// <param name="Ordinal">The number of a numbered line, otherwise null.</param>
/// <param name="StandsAlone">True when nothing follows the marker: the item text is on the next line.</param>
internal readonly record struct ListMarker(int Length, int? Ordinal, bool StandsAlone)
{
    private const string PlainBullets = "-*•–◦▪●‣⁃■►▸➤➢·○□";

    /// <summary>Reads the marker at the start of trimmed line content.</summary>
    /// <param name="content">The line without its leading whitespace.</param>
    /// <param name="markdown">Markdown also takes "+" bullets and longer numbers.</param>
    public static ListMarker? Read(ReadOnlySpan<char> content, bool markdown)
    {
        if (content.IsEmpty)
        {
            return null;
        }
        if (PlainBullets.Contains(content[0]) || (markdown && content[0] == '+'))
        {
            return AfterMarker(content, 1, null);
        }
        var digits = 0;
        var maxDigits = markdown ? 9 : 3;
        while (digits < content.Length && digits <= maxDigits && char.IsAsciiDigit(content[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits > maxDigits || digits >= content.Length || content[digits] is not ('.' or ')'))
        {
            return null;
        }
        return AfterMarker(content, digits + 1, int.Parse(content[..digits], provider: null));
    }

    private static ListMarker? AfterMarker(ReadOnlySpan<char> content, int markerEnd, int? ordinal)
    {
        if (markerEnd == content.Length)
        {
            return new ListMarker(markerEnd, ordinal, StandsAlone: true);
        }
        if (content[markerEnd] is not (' ' or '\t'))
        {
            return null;
        }
        var textStart = markerEnd;
        while (textStart < content.Length && char.IsWhiteSpace(content[textStart]))
        {
            textStart++;
        }
        return new ListMarker(textStart, ordinal, StandsAlone: textStart == content.Length);
    }
}
