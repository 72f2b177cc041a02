namespace BharatBrief.Ingestion.Documents;

/// <summary>Recognises the Markdown line forms that open or close blocks. Every method takes trimmed line content.</summary>
internal static class MarkdownSyntax
{
    /// <summary>A code fence: three or more backticks or tildes.</summary>
    public static bool IsFence(ReadOnlySpan<char> content, out char marker, out int length)
    {
        marker = content.IsEmpty ? '\0' : content[0];
        length = 0;
        if (marker is not ('`' or '~'))
        {
            return false;
        }
        while (length < content.Length && content[length] == marker)
        {
            length++;
        }
        return length >= 3 && (marker == '~' || !content[length..].Contains('`'));
    }

    public static bool ClosesFence(ReadOnlySpan<char> content, char marker, int length) =>
        IsFence(content, out var closing, out var closingLength) && closing == marker && closingLength >= length
        && content[closingLength..].IsWhiteSpace();

    /// <summary>An ATX heading ("## Title ##"); <paramref name="text"/> is the heading's text within the content.</summary>
    public static bool IsAtxHeading(ReadOnlySpan<char> content, out int level, out Range text)
    {
        level = 0;
        text = default;
        while (level < content.Length && content[level] == '#')
        {
            level++;
        }
        if (level is 0 or > 6 || (level < content.Length && content[level] is not (' ' or '\t')))
        {
            return false;
        }
        var end = content.Length;
        var closing = end;
        while (closing > level && content[closing - 1] == '#')
        {
            closing--;
        }
        if (closing < end && (closing == level || content[closing - 1] is ' ' or '\t'))
        {
            end = closing;
        }
        text = level..end;
        return true;
    }

    /// <summary>1 for a "===" underline, 2 for a "---" underline, otherwise 0.</summary>
    public static int SetextLevel(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty || content[0] is not ('=' or '-'))
        {
            return 0;
        }
        var marker = content[0];
        var count = content.Length - content.TrimStart(marker).Length;
        if (!content[count..].IsWhiteSpace() || (marker == '-' && count < 2))
        {
            return 0;
        }
        return marker == '=' ? 1 : 2;
    }

    /// <summary>A thematic break: three or more "-", "*" or "_", spaces allowed between.</summary>
    public static bool IsThematicBreak(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty || content[0] is not ('-' or '*' or '_'))
        {
            return false;
        }
        var count = 0;
        foreach (var c in content)
        {
            if (c == content[0])
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }
        return count >= 3;
    }

    /// <summary>A link reference definition ("[id]: https://…"), which is not text.</summary>
    public static bool IsLinkDefinition(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty || content[0] != '[')
        {
            return false;
        }
        var close = content.IndexOf("]:");
        return close > 1 && !content[1..close].Contains(']');
    }

    /// <summary>A line written wholly in bold ("**Fact Box**").</summary>
    public static bool IsWhollyStrong(ReadOnlySpan<char> content) =>
        content.Length > 4
        && ((content.StartsWith("**") && content.EndsWith("**") && content[2..^2].IndexOf("**") < 0)
            || (content.StartsWith("__") && content.EndsWith("__") && content[2..^2].IndexOf("__") < 0));
}
