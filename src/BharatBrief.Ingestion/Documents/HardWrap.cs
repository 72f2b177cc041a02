namespace BharatBrief.Ingestion.Documents;

/// <summary>Tells text hard-wrapped at a fixed width (paragraphs over several lines) from text with one paragraph per line.</summary>
internal static class HardWrap
{
    private const int MinimumWrappedLines = 3;
    private const int MinWidth = 40;
    private const int MaxWidth = 100;

    /// <summary>
    /// The column at which the text is hard-wrapped, or 0 when each line is a paragraph. Wrapped text has no long
    /// lines, and its long lines mostly stop mid-sentence.
    /// </summary>
    public static int Width(string text, List<SourceLine> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            longest = Math.Max(longest, line.ContentLength);
        }
        if (longest is < MinWidth or > MaxWidth)
        {
            return 0;
        }
        int full = 0, midSentence = 0;
        foreach (var line in lines)
        {
            if (line.ContentLength * 10 >= longest * 6)
            {
                full++;
                midSentence += TextShape.EndsSentence(line.Content(text)) ? 0 : 1;
            }
        }
        return full >= MinimumWrappedLines && midSentence * 2 > full ? longest : 0;
    }
}
