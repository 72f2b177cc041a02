using System.Buffers;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Writes the readable text of one line of Markdown: emphasis and code markers dropped, links reduced to their label,
/// images and raw HTML removed (script and style contents included), autolinks reduced to their address, common
/// character references decoded. Nothing is ever interpreted as markup in the output. Linear in the line's length.
/// </summary>
internal sealed class MarkdownInline
{
    private static readonly SearchValues<char> MarkupCharacters = SearchValues.Create("\\`![<&*_~");

    private readonly ReadableText _output;
    private readonly string _source;
    private readonly int _lineStart;
    private readonly int _end;
    private readonly MarkdownLinkScanner _links;
    private readonly CodeSpanScanner _codeSpans;
    private HtmlTagScanner? _tags;
    private string? _unclosed;

    private MarkdownInline(ReadableText output, string source, int start, int end)
    {
        _output = output;
        _source = source;
        _lineStart = start;
        _end = end;
        _links = new MarkdownLinkScanner(source, end);
        _codeSpans = new CodeSpanScanner(source, end);
    }

    private HtmlTagScanner Tags => _tags ??= new HtmlTagScanner(_source, _end);

    /// <summary>
    /// Writes the readable text of <c>source[start..end)</c>. Returns the closing marker ("&lt;/script", "--&gt;") of a
    /// hidden element or comment the line opens and leaves open, so that the caller can skip the lines up to it.
    /// </summary>
    public static string? Write(ReadableText output, string source, int start, int end)
    {
        if (source.AsSpan(start, end - start).IndexOfAny(MarkupCharacters) < 0)
        {
            output.AppendRange(source, start, end);
            return null;
        }
        var writer = new MarkdownInline(output, source, start, end);
        writer.Run(start, end);
        return writer._unclosed;
    }

    private void Run(int start, int stop)
    {
        var i = start;
        while (i < stop)
        {
            i = Step(i, stop);
        }
    }

    private int Step(int i, int stop) => _source[i] switch
    {
        '\\' => Escape(i, stop),
        '`' => CodeSpan(i, stop),
        '!' when i + 1 < stop && _source[i + 1] == '[' => _links.TryRead(i + 1, stop, out _, out var after) ? after : Literal(i),
        '[' => Link(i, stop),
        '<' => Angle(i, stop),
        '&' => Entity(i, stop),
        '*' or '_' or '~' => Delimiters(i, stop),
        _ => Literal(i),
    };

    private int Literal(int i)
    {
        _output.Append(_source[i], i);
        return i + 1;
    }

    private int Escape(int i, int stop)
    {
        if (i + 1 == _end)
        {
            return i + 1; // a hard line break
        }
        // An escaped '<' is still read as a possible tag: markup never reaches the readable text, escaped or not.
        if (i + 1 < stop && _source[i + 1] == '<')
        {
            return i + 1;
        }
        if (i + 1 < stop && char.IsAscii(_source[i + 1]) && (char.IsPunctuation(_source[i + 1]) || char.IsSymbol(_source[i + 1])))
        {
            _output.Append(_source[i + 1], i + 1);
            return i + 2;
        }
        return Literal(i);
    }

    private int CodeSpan(int i, int stop)
    {
        var run = 1;
        while (i + run < stop && _source[i + run] == '`')
        {
            run++;
        }
        var close = _codeSpans.Close(i + run, stop, run);
        if (close < 0)
        {
            _output.AppendRange(_source, i, i + run);
            return i + run;
        }
        WriteCode(i + run, close);
        return close + run;
    }

    /// <summary>Code is written as it stands, except that tags are still removed.</summary>
    private void WriteCode(int start, int stop)
    {
        var i = start;
        while (i < stop)
        {
            i = _source[i] == '<' ? Angle(i, stop) : Literal(i);
        }
    }

    private int Link(int i, int stop)
    {
        if (i + 1 < stop && _source[i + 1] == '^' && _links.FootnoteEnd(i, stop) is var footnoteEnd and >= 0)
        {
            return footnoteEnd;
        }
        if (!_links.TryRead(i, stop, out var labelEnd, out var after))
        {
            return Literal(i);
        }
        Run(i + 1, labelEnd);
        return after;
    }

    private int Angle(int i, int stop)
    {
        if (Tags.AutolinkEnd(i, stop) is var autolinkEnd and >= 0)
        {
            _output.AppendRange(_source, i + 1, autolinkEnd);
            return autolinkEnd + 1;
        }
        if (Tags.CommentEnd(i, stop) is var commentEnd and >= 0)
        {
            return commentEnd;
        }
        if (Tags.IsOpenComment(i, stop))
        {
            return Unclosed("-->", stop);
        }
        var tagEnd = Tags.TagEnd(i, stop);
        if (tagEnd < 0)
        {
            return Literal(i);
        }
        var name = Tags.TagName(i, tagEnd);
        if (_source[i + 1] != '/' && HtmlTagScanner.IsHidden(name))
        {
            var elementEnd = Tags.ElementEnd(name, tagEnd + 1, stop);
            return elementEnd >= 0 ? elementEnd : Unclosed("</" + name.ToString(), stop);
        }
        if (HtmlTagScanner.IsBreaking(name))
        {
            _output.AppendBreak(i);
        }
        return tagEnd + 1;
    }

    private int Unclosed(string closing, int stop)
    {
        if (stop == _end)
        {
            _unclosed = closing;
        }
        return stop;
    }

    private int Entity(int i, int stop)
    {
        var length = HtmlEntities.TryDecode(_source, i, stop, out var decoded);
        if (length == 0)
        {
            return Literal(i);
        }
        foreach (var c in decoded)
        {
            _output.Append(c, i);
        }
        return i + length;
    }

    private int Delimiters(int i, int stop)
    {
        var c = _source[i];
        var j = i + 1;
        while (j < stop && _source[j] == c)
        {
            j++;
        }
        var before = i > _lineStart ? _source[i - 1] : ' ';
        var after = j < _end ? _source[j] : ' ';
        var flanking = !char.IsWhiteSpace(before) || !char.IsWhiteSpace(after);
        var strip = c switch
        {
            '~' => j - i >= 2 && flanking,
            '_' => flanking && !(char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)),
            _ => flanking,
        };
        if (!strip)
        {
            _output.AppendRange(_source, i, j);
        }
        return j;
    }
}
