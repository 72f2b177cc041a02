using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Finds where raw HTML in a line of Markdown ends: tags (attribute quotes respected), comments, whole hidden
/// elements such as script, and autolinks. It only measures; nothing it reads is ever interpreted.
/// </summary>
internal sealed class HtmlTagScanner(string source, int end)
{
    private const int MaxSchemeLength = 32;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenElements = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "iframe", "noscript", "template", "object", "textarea", "svg")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakingElements = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "br", "p", "div", "li", "tr", "td", "th", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
        "section", "article", "blockquote")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private NextCharFinder _closeAngle = new('>');
    private int _noDoubleQuoteFrom = int.MaxValue;
    private int _noSingleQuoteFrom = int.MaxValue;

    /// <summary>Elements whose content is never text (script, style …): removed with everything inside them.</summary>
    public static bool IsHidden(ReadOnlySpan<char> name) => HiddenElements.Contains(name);

    /// <summary>Elements that separate words, so their removal leaves a space.</summary>
    public static bool IsBreaking(ReadOnlySpan<char> name) => BreakingElements.Contains(name);

    /// <summary>The index of the '&gt;' closing an autolink such as &lt;https://example.com&gt; opening at <paramref name="open"/>, or -1.</summary>
    public int AutolinkEnd(int open, int stop)
    {
        var j = open + 1;
        var colon = -1;
        var at = -1;
        while (j < stop && source[j] is not (' ' or '\t' or '<' or '>'))
        {
            if (source[j] == ':' && colon < 0)
            {
                colon = j;
            }
            at = source[j] == '@' && at < 0 ? j : at;
            j++;
        }
        if (j >= stop || source[j] != '>')
        {
            return -1;
        }
        var hasScheme = colon - open - 1 is >= 2 and <= MaxSchemeLength && IsScheme(source.AsSpan(open + 1, colon - open - 1));
        return hasScheme || at > open + 1 ? j : -1;
    }

    /// <summary>The index just after an HTML comment opening and closing at <paramref name="open"/>, or -1.</summary>
    public int CommentEnd(int open, int stop)
    {
        if (!source.AsSpan(open, stop - open).StartsWith("<!--"))
        {
            return -1;
        }
        var close = source.AsSpan(open + 4, stop - open - 4).IndexOf("-->");
        return close < 0 ? -1 : open + 4 + close + 3;
    }

    /// <summary>True when an HTML comment opens at <paramref name="open"/> and does not close before <paramref name="stop"/>.</summary>
    public bool IsOpenComment(int open, int stop) =>
        source.AsSpan(open, stop - open).StartsWith("<!--") && CommentEnd(open, stop) < 0;

    /// <summary>The index of the '&gt;' that closes a tag opening at <paramref name="open"/>, or -1 when it is no tag.</summary>
    public int TagEnd(int open, int stop)
    {
        if (open + 1 >= stop || !(char.IsAsciiLetter(source[open + 1]) || source[open + 1] is '/' or '!' or '?'))
        {
            return -1;
        }
        var j = open + 1;
        while (j < stop)
        {
            var c = source[j];
            if (c == '>')
            {
                return j;
            }
            if (c == '<')
            {
                return -1;
            }
            if (c is '"' or '\'')
            {
                var close = ClosingQuote(c, j, stop);
                if (close < 0)
                {
                    // An unclosed quote: read the tag as ending at the next '>' regardless.
                    var angle = _closeAngle.Find(source, j, end);
                    return angle >= 0 && angle < stop ? angle : -1;
                }
                j = close;
            }
            j++;
        }
        return -1;
    }

    /// <summary>The tag's name ("script" for &lt;script src=x&gt; and &lt;/script&gt;).</summary>
    public ReadOnlySpan<char> TagName(int open, int tagEnd)
    {
        var start = source[open + 1] == '/' ? open + 2 : open + 1;
        var stop = start;
        while (stop < tagEnd && char.IsAsciiLetterOrDigit(source[stop]))
        {
            stop++;
        }
        return source.AsSpan(start, stop - start);
    }

    /// <summary>The index just after the closing tag of the element named <paramref name="name"/>, or -1 when it does not close.</summary>
    public int ElementEnd(ReadOnlySpan<char> name, int from, int stop)
    {
        var searchFrom = from;
        while (searchFrom < stop)
        {
            var offset = source.AsSpan(searchFrom, stop - searchFrom).IndexOf("</", StringComparison.Ordinal);
            if (offset < 0)
            {
                return -1;
            }
            var closing = searchFrom + offset + 2;
            if (source.AsSpan(closing, stop - closing).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                var angle = source.AsSpan(closing, stop - closing).IndexOf('>');
                return angle < 0 ? stop : closing + angle + 1;
            }
            searchFrom = closing;
        }
        return -1;
    }

    private int ClosingQuote(char quote, int at, int stop)
    {
        ref var noneFrom = ref quote == '"' ? ref _noDoubleQuoteFrom : ref _noSingleQuoteFrom;
        if (at >= noneFrom)
        {
            return -1;
        }
        var offset = source.AsSpan(at + 1, stop - at - 1).IndexOf(quote);
        if (offset < 0)
        {
            if (stop == end)
            {
                noneFrom = at;
            }
            return -1;
        }
        return at + 1 + offset;
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }
        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
