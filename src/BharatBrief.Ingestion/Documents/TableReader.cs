namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Reads pipe tables (<c>| Key | Value |</c>) into one block per data row, read as "Key: Value". The row before a
/// <c>|---|---|</c> separator is the header and is not a row; separators are skipped. Plain-text exports draw the
/// separator with crosses (<c>-----+-----</c>) and leave the rows unframed; they are the same table.
/// </summary>
internal static class TableReader
{
    /// <summary>True when the line at <paramref name="index"/> opens a table.</summary>
    public static bool StartsTable(string text, List<SourceLine> lines, int index)
    {
        var content = lines[index].Content(text);
        return IsPipeRow(content)
            || (content.Contains('|') && index + 1 < lines.Count && IsSeparator(lines[index + 1].Content(text)));
    }

    /// <summary>Reads the table starting at <paramref name="index"/> and returns the index of the first line after it.</summary>
    public static int Read(string text, List<SourceLine> lines, int index, int table, ReadableText output, InlineWriter writer, List<RawBlock> blocks)
    {
        var framed = IsPipeRow(lines[index].Content(text));
        var firstRow = true;
        var i = index;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var content = line.Content(text);
            if (line.IsBlank || !(IsPipeRow(content) || (!framed && content.Contains('|')) || IsSeparator(content)))
            {
                break;
            }
            var isHeader = i + 1 < lines.Count && IsSeparator(lines[i + 1].Content(text)) && !IsSeparator(content);
            if (IsSeparator(content) || isHeader)
            {
                continue;
            }
            if (ReadRow(text, line, table, firstRow, output, writer) is { } block)
            {
                blocks.Add(block);
                firstRow = false;
            }
        }
        return i;
    }

    public static bool IsSeparator(ReadOnlySpan<char> content)
    {
        var dashes = 0;
        foreach (var c in content)
        {
            if (c == '-')
            {
                dashes++;
            }
            else if (c is not ('|' or '+' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }
        return dashes > 0 && content.ContainsAny('|', '+');
    }

    private static bool IsPipeRow(ReadOnlySpan<char> content) =>
        content.Length >= 2 && content[0] == '|' && content[1..].Contains('|');

    private static RawBlock? ReadRow(string text, SourceLine line, int table, bool firstRow, ReadableText output, InlineWriter writer)
    {
        var cells = Cells(text, line);
        if (cells.Count == 0)
        {
            return null;
        }
        output.BeginBlock();
        var blockStart = output.Position;
        writer(output, text, cells[0].Start, cells[0].End);
        var keyEnd = output.Position;
        var valueStart = keyEnd;
        for (var c = 1; c < cells.Count; c++)
        {
            var boundary = cells[c].Start - 1;
            if (c == 1 && keyEnd > blockStart && output.Last != ':')
            {
                output.Append(':', boundary);
            }
            else if (c > 1)
            {
                output.Append(';', boundary);
            }
            output.AppendBreak(boundary);
            if (c == 1)
            {
                valueStart = output.Position;
            }
            writer(output, text, cells[c].Start, cells[c].End);
        }
        var range = output.EndBlock();
        if (!TextShape.HasLetterOrDigit(output.Slice(range)))
        {
            return null;
        }
        if (valueStart < range.End && output.Slice(new ReadableRange(valueStart, 1))[0] == ' ')
        {
            valueStart++;
        }
        var key = new ReadableRange(range.Start, Math.Max(0, keyEnd - range.Start));
        var value = valueStart < range.End ? new ReadableRange(valueStart, range.End - valueStart) : new ReadableRange(range.End, 0);
        return new RawBlock
        {
            Kind = RawBlockKind.TableRow,
            Span = TextSpan.FromBounds(line.ContentStart, line.ContentEnd),
            Readable = range,
            Cells = new TableRowCells(table, firstRow, cells.Count, key, value),
            FollowedByBlank = false,
        };
    }

    /// <summary>The trimmed, non-empty cells of a row; an escaped "\|" does not split.</summary>
    private static List<(int Start, int End)> Cells(string text, SourceLine line)
    {
        var cells = new List<(int Start, int End)>();
        var start = line.ContentStart < line.ContentEnd && text[line.ContentStart] == '|' ? line.ContentStart + 1 : line.ContentStart;
        for (var i = start; i <= line.ContentEnd; i++)
        {
            if (i < line.ContentEnd && (text[i] != '|' || (i > start && text[i - 1] == '\\')))
            {
                continue;
            }
            var (cellStart, cellEnd) = (start, i);
            while (cellStart < cellEnd && char.IsWhiteSpace(text[cellStart]))
            {
                cellStart++;
            }
            while (cellEnd > cellStart && char.IsWhiteSpace(text[cellEnd - 1]))
            {
                cellEnd--;
            }
            if (cellEnd > cellStart)
            {
                cells.Add((cellStart, cellEnd));
            }
            start = i + 1;
        }
        return cells;
    }
}
