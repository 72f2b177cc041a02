namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Reads plain text as news sites give it: one paragraph per line (or hard-wrapped paragraphs between blank lines),
/// dash and number lists including the split form ("-" alone, the item on the next line), pipe tables, and stray
/// punctuation lines that only end the block before them.
/// </summary>
internal sealed class PlainTextReader
{
    private readonly string _text;
    private readonly List<SourceLine> _lines;
    private readonly ReadableText _output;
    private readonly List<RawBlock> _blocks = [];
    private readonly int _wrapWidth;
    private int _tables;

    private PlainTextReader(string text, List<SourceLine> lines, ReadableText output)
    {
        _text = text;
        _lines = lines;
        _output = output;
        _wrapWidth = HardWrap.Width(text, lines);
    }

    public static List<RawBlock> Read(string text, List<SourceLine> lines, ReadableText output) =>
        new PlainTextReader(text, lines, output).ReadAll();

    private List<RawBlock> ReadAll()
    {
        var i = 0;
        while (i < _lines.Count)
        {
            var line = _lines[i];
            if (line.IsBlank)
            {
                MarkBlank();
                i++;
            }
            else if (TableReader.StartsTable(_text, _lines, i))
            {
                i = TableReader.Read(_text, _lines, i, _tables++, _output, static (o, s, a, b) => o.AppendRange(s, a, b), _blocks);
            }
            else if (ListMarker.Read(line.Content(_text), markdown: false) is { } marker)
            {
                i = ReadListItem(i, marker);
            }
            else if (IsStray(line.Content(_text)))
            {
                i++;
            }
            else
            {
                i = ReadText(i);
            }
        }
        MarkBlank();
        return _blocks;
    }

    private int ReadText(int first)
    {
        _output.BeginBlock();
        var line = _lines[first];
        _output.AppendRange(_text, line.ContentStart, line.ContentEnd);
        var last = ReadContinuation(first, first);
        Add(RawBlockKind.Text, first, last, null, Pictographs.StartsWithDecoration(line.Content(_text)));
        return last + 1;
    }

    private int ReadListItem(int first, ListMarker marker)
    {
        _output.BeginBlock();
        var textLine = first;
        if (marker.StandsAlone)
        {
            textLine = first + 1 < _lines.Count && _lines[first + 1].IsBlank ? first + 2 : first + 1;
            if (textLine >= _lines.Count || !IsTextLine(textLine))
            {
                _output.EndBlock();
                return first + 1;
            }
            _output.AppendRange(_text, _lines[textLine].ContentStart, _lines[textLine].ContentEnd);
        }
        else
        {
            _output.AppendRange(_text, _lines[first].ContentStart + marker.Length, _lines[first].ContentEnd);
        }
        var last = ReadContinuation(first, textLine);
        Add(RawBlockKind.ListItem, first, last, marker.Ordinal, decorationLed: false);
        return last + 1;
    }

    /// <summary>Appends the lines that continue the block and returns the last line it takes.</summary>
    private int ReadContinuation(int first, int last)
    {
        while (last + 1 < _lines.Count && IsTextLine(last + 1) && Continues(first, last, last + 1))
        {
            last++;
            _output.AppendBreak(_lines[last].Start);
            _output.AppendRange(_text, _lines[last].ContentStart, _lines[last].ContentEnd);
        }
        return last;
    }

    private bool Continues(int first, int previous, int next)
    {
        var before = _lines[previous];
        var after = _lines[next];
        if (_wrapWidth > 0 && before.ContentLength * 10 >= _wrapWidth * 6)
        {
            return true;
        }
        if (after.Indent >= 2 && after.Indent > _lines[first].Indent)
        {
            return true;
        }
        return char.IsLower(_text[after.ContentStart]) && !TextShape.EndsSentence(before.Content(_text));
    }

    private bool IsTextLine(int index)
    {
        var line = _lines[index];
        var content = line.Content(_text);
        return !line.IsBlank
            && !TableReader.StartsTable(_text, _lines, index)
            && ListMarker.Read(content, markdown: false) is null
            && !IsStray(content);
    }

    private void Add(RawBlockKind kind, int first, int last, int? ordinal, bool decorationLed)
    {
        var range = _output.EndBlock();
        if (!TextShape.HasLetterOrDigit(_output.Slice(range)))
        {
            return; // "* * *", "- …": punctuation only
        }
        _blocks.Add(new RawBlock
        {
            Kind = kind,
            Span = TextSpan.FromBounds(_lines[first].ContentStart, _lines[last].ContentEnd),
            Readable = range,
            Ordinal = ordinal,
            DecorationLed = decorationLed,
        });
    }

    private void MarkBlank()
    {
        if (_blocks.Count > 0)
        {
            _blocks[^1].FollowedByBlank = true;
        }
    }

    /// <summary>A line with no letter or digit: a lone "." after a paragraph, a rule, a row of emoji.</summary>
    private static bool IsStray(ReadOnlySpan<char> content)
    {
        foreach (var c in content)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
