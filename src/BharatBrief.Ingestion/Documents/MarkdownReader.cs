namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Reads the block structure of an editor's Markdown brief: ATX and setext headings, paragraphs joined across soft
/// breaks, lists, blockquotes and pipe tables. Fenced code, hidden HTML (script, style, comments), thematic breaks
/// and link definitions are not text and produce no blocks.
/// </summary>
internal sealed class MarkdownReader
{
    private static readonly InlineWriter CellWriter = static (output, source, start, end) => MarkdownInline.Write(output, source, start, end);

    private readonly string _text;
    private readonly List<SourceLine> _lines;
    private readonly ReadableText _output;
    private readonly List<RawBlock> _blocks = [];
    private RawBlockKind? _open;
    private int _openFirst;
    private int _openLast;
    private int? _openOrdinal;
    private bool _openStrong;
    private int _tables;
    private string? _hiddenUntil;
    private RawBlockKind? _lastKind;

    private MarkdownReader(string text, List<SourceLine> lines, ReadableText output)
    {
        _text = text;
        _lines = lines;
        _output = output;
    }

    public static List<RawBlock> Read(string text, List<SourceLine> lines, ReadableText output) =>
        new MarkdownReader(text, lines, output).ReadAll();

    private List<RawBlock> ReadAll()
    {
        (char Marker, int Length)? fence = null;
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var content = line.Content(_text);
            if (fence is { } open)
            {
                fence = MarkdownSyntax.ClosesFence(content, open.Marker, open.Length) ? null : fence;
            }
            else if (_hiddenUntil is not null)
            {
                ResumeAfterHidden(i, line);
            }
            else if (line.IsBlank)
            {
                Flush();
                MarkBlank();
            }
            else if (MarkdownSyntax.IsFence(content, out var marker, out var length))
            {
                Flush();
                fence = (marker, length);
            }
            else
            {
                i = ReadStructure(i, line, content);
            }
        }
        Flush();
        MarkBlank();
        return _blocks;
    }

    /// <summary>Reads a line that opens or continues a block; returns the last line it took.</summary>
    private int ReadStructure(int i, SourceLine line, ReadOnlySpan<char> content)
    {
        if (_open is null && _lastKind != RawBlockKind.ListItem && (line.Indent >= 4 || _text[line.Start] == '\t'))
        {
            return i; // an indented code block
        }
        if (_open == RawBlockKind.Text && MarkdownSyntax.SetextLevel(content) is var level and > 0)
        {
            Flush(i, level);
        }
        else if (MarkdownSyntax.IsAtxHeading(content, out var atxLevel, out var headingText))
        {
            Flush();
            var (offset, length) = headingText.GetOffsetAndLength(content.Length);
            Open(RawBlockKind.Text, i, null);
            WriteInline(line.ContentStart + offset, line.ContentStart + offset + length);
            Flush(i, atxLevel);
        }
        else if (MarkdownSyntax.IsThematicBreak(content))
        {
            Flush();
        }
        else if (content[0] == '>')
        {
            ReadQuoteLine(i, line);
        }
        else if (TableReader.StartsTable(_text, _lines, i))
        {
            Flush();
            return TableReader.Read(_text, _lines, i, _tables++, _output, CellWriter, _blocks) - 1;
        }
        else if (ListMarker.Read(content, markdown: true) is { } marker)
        {
            Flush();
            Open(RawBlockKind.ListItem, i, marker.Ordinal);
            WriteInline(line.ContentStart + marker.Length, line.ContentEnd);
        }
        else if (_open is null && MarkdownSyntax.IsLinkDefinition(content))
        {
            return i;
        }
        else
        {
            Continue(i, line.ContentStart, line.ContentEnd);
            _openStrong = _openFirst == i && MarkdownSyntax.IsWhollyStrong(content);
        }
        return i;
    }

    private void ReadQuoteLine(int i, SourceLine line)
    {
        var start = line.ContentStart;
        while (start < line.ContentEnd && (_text[start] == '>' || char.IsWhiteSpace(_text[start])))
        {
            start++;
        }
        if (_open != RawBlockKind.Quote)
        {
            Flush();
        }
        if (start == line.ContentEnd)
        {
            Flush(); // "> " alone separates paragraphs of a quotation
            return;
        }
        Continue(i, start, line.ContentEnd, RawBlockKind.Quote);
    }

    /// <summary>Adds a line to the open block, or opens a block of <paramref name="kind"/> with it.</summary>
    private void Continue(int i, int start, int end, RawBlockKind kind = RawBlockKind.Text)
    {
        if (_open is null)
        {
            Open(kind, i, null);
        }
        else
        {
            _openLast = i;
            _output.AppendBreak(_lines[i].Start);
        }
        WriteInline(start, end);
    }

    private void WriteInline(int start, int end) => _hiddenUntil = MarkdownInline.Write(_output, _text, start, end);

    /// <summary>
    /// Skips the lines of a script, style or comment left open on an earlier line; the text after its end joins the
    /// block that was open.
    /// </summary>
    private void ResumeAfterHidden(int i, SourceLine line)
    {
        var content = line.Content(_text);
        var closing = content.IndexOf(_hiddenUntil, StringComparison.OrdinalIgnoreCase);
        if (closing < 0)
        {
            return;
        }
        var after = closing + _hiddenUntil!.Length;
        if (_hiddenUntil != "-->")
        {
            var angle = content[after..].IndexOf('>');
            after = angle < 0 ? content.Length : after + angle + 1;
        }
        _hiddenUntil = null;
        if (after < content.Length)
        {
            Continue(i, line.ContentStart + after, line.ContentEnd);
        }
    }

    private void Open(RawBlockKind kind, int line, int? ordinal)
    {
        _output.BeginBlock();
        _open = kind;
        _openFirst = _openLast = line;
        _openOrdinal = ordinal;
        _openStrong = false;
    }

    /// <summary>Closes the open block; a heading level makes it a heading ending at line <paramref name="last"/>.</summary>
    private void Flush(int last = -1, int headingLevel = 0)
    {
        if (_open is not { } kind)
        {
            return;
        }
        _open = null;
        _lastKind = headingLevel > 0 ? RawBlockKind.Heading : kind;
        var range = _output.EndBlock();
        if (!TextShape.HasLetterOrDigit(_output.Slice(range)))
        {
            return;
        }
        _blocks.Add(new RawBlock
        {
            Kind = headingLevel > 0 ? RawBlockKind.Heading : kind,
            Span = TextSpan.FromBounds(_lines[_openFirst].ContentStart, _lines[Math.Max(last, _openLast)].ContentEnd),
            Readable = range,
            Ordinal = _openOrdinal,
            Level = headingLevel,
            WhollyStrong = _openStrong,
        });
    }

    private void MarkBlank()
    {
        if (_blocks.Count > 0)
        {
            _blocks[^1].FollowedByBlank = true;
        }
    }
}
