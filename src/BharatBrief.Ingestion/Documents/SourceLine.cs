namespace BharatBrief.Ingestion.Documents;

/// <summary>One line of the body: where it starts and ends, and where its content starts and ends once trimmed.</summary>
internal readonly record struct SourceLine(int Start, int End, int ContentStart, int ContentEnd)
{
    public bool IsBlank => ContentStart == ContentEnd;

    public int ContentLength => ContentEnd - ContentStart;

    /// <summary>How many columns of leading whitespace the line has.</summary>
    public int Indent => ContentStart - Start;

    public ReadOnlySpan<char> Content(string text) => text.AsSpan(ContentStart, ContentEnd - ContentStart);

    /// <summary>The lines of <paramref name="text"/>; a run of blank lines is kept as its first, since only its presence matters.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var contentStart = start;
            while (contentStart < end && char.IsWhiteSpace(text[contentStart]))
            {
                contentStart++;
            }
            var contentEnd = end;
            while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }
            var line = new SourceLine(start, end, contentStart, contentEnd);
            if (!line.IsBlank || lines.Count == 0 || !lines[^1].IsBlank)
            {
                lines.Add(line);
            }
            if (newline < 0)
            {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }
}
