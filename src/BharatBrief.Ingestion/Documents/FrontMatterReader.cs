namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Reads a leading <c>---</c> block of <c>key: value</c> lines (the YAML subset articles use: plain and quoted
/// scalars, <c>- item</c> lists, folded <c>&gt;</c> and literal <c>|</c> blocks). Anything else means there is no front matter.
/// </summary>
internal static class FrontMatterReader
{
    private const int MaxLines = 200;
    private const int MaxKeyLength = 64;

    /// <summary>Reads the block at the start of <paramref name="text"/>; <paramref name="bodyStart"/> is where the body begins.</summary>
    public static bool TryRead(string text, out Dictionary<string, string> values, out int bodyStart)
    {
        values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bodyStart = 0;
        var lineEnd = LineEnd(text, 0);
        if (!text.AsSpan(0, lineEnd).TrimEnd().SequenceEqual("---"))
        {
            return false;
        }
        var entries = new List<(string Key, List<string> Parts, bool IsBlock)>();
        var position = lineEnd + 1;
        for (var count = 0; position <= text.Length && count < MaxLines; count++)
        {
            lineEnd = LineEnd(text, position);
            var line = text.AsSpan(position, lineEnd - position).TrimEnd();
            var next = lineEnd + 1;
            if (line is "---" or "...")
            {
                foreach (var (key, parts, isBlock) in entries)
                {
                    values[key] = Unquote(string.Join(isBlock ? " " : ", ", parts).Trim());
                }
                bodyStart = Math.Min(next, text.Length);
                return true;
            }
            if (!ReadLine(line, entries))
            {
                return false;
            }
            position = next;
        }
        return false;
    }

    private static bool ReadLine(ReadOnlySpan<char> line, List<(string Key, List<string> Parts, bool IsBlock)> entries)
    {
        var content = line.TrimStart();
        if (content.IsEmpty || content[0] == '#')
        {
            return true;
        }
        var indented = content.Length < line.Length;
        if (entries.Count > 0 && indented && entries[^1].IsBlock)
        {
            entries[^1].Parts.Add(content.ToString());
            return true;
        }
        if (entries.Count > 0 && (content is "-" || content.StartsWith("- ")))
        {
            entries[^1].Parts.Add(Unquote(content[1..].Trim().ToString()));
            return true;
        }
        var colon = content.IndexOf(':');
        if (indented || colon <= 0 || colon > MaxKeyLength || (colon + 1 < content.Length && content[colon + 1] is not (' ' or '\t')))
        {
            return false;
        }
        var key = content[..colon].Trim();
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.' or ' '))
            {
                return false;
            }
        }
        var value = content[(colon + 1)..].Trim().ToString();
        var isBlock = value is ">" or "|" or ">-" or "|-" or ">+" or "|+";
        entries.Add((key.ToString(), isBlock || value.Length == 0 ? [] : [value], isBlock));
        return true;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        return value;
    }

    private static int LineEnd(string text, int position)
    {
        var newline = text.IndexOf('\n', position);
        return newline < 0 ? text.Length : newline;
    }
}
