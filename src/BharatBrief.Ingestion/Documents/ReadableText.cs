using System.Buffers;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// The readable text of all blocks, written one block at a time, with the position in the source of every character
/// so that any range of it maps back to a <see cref="TextSpan"/>. Whitespace runs collapse to one space, invisible
/// characters are dropped, and a block loses its leading decorations (emoji, symbol bullets).
/// </summary>
internal sealed class ReadableText : IDisposable
{
    private const int MaxPooledLength = 1 << 20;

    /// <summary>Whitespace other than the plain space, and the invisible characters that are dropped.</summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000"
        + "\u200B\u2060\uFEFF\u00AD");

    private char[] _chars;
    private int[] _origins;
    private int _length;
    private int _blockStart;
    private bool _spacePending;
    private int _spaceOrigin;

    public ReadableText(int capacity)
    {
        _chars = Rent<char>(Math.Max(capacity, 16));
        _origins = Rent<int>(Math.Max(capacity, 16));
    }

    /// <summary>The last character written to the current block, or '\0'.</summary>
    public char Last => _length > _blockStart ? _chars[_length - 1] : '\0';

    /// <summary>Where the next character will go.</summary>
    public int Position => _length;

    public void BeginBlock()
    {
        _blockStart = _length;
        _spacePending = false;
    }

    /// <summary>Closes the block and returns its range, without the decorations (emoji, symbol bullets) at either end.</summary>
    public ReadableRange EndBlock()
    {
        var start = _blockStart;
        var end = _length;
        var span = _chars.AsSpan(0, _length);
        while (start < end)
        {
            var codePoint = Pictographs.CodePointAt(span, start, out var width);
            if (codePoint != ' ' && !Pictographs.IsDecoration(codePoint))
            {
                break;
            }
            start += width;
        }
        while (end > start)
        {
            var codePoint = Pictographs.CodePointBefore(span, end, out var width);
            if (codePoint != ' ' && !Pictographs.IsDecoration(codePoint))
            {
                break;
            }
            end -= width;
        }
        _spacePending = false;
        return new ReadableRange(start, end - start);
    }

    public void Append(char c, int origin)
    {
        if (char.IsWhiteSpace(c))
        {
            if (!_spacePending && _length > _blockStart)
            {
                _spacePending = true;
                _spaceOrigin = origin;
            }
            return;
        }
        if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD')
        {
            return;
        }
        if (_spacePending)
        {
            _spacePending = false;
            Put(' ', _spaceOrigin);
        }
        Put(c, origin);
    }

    public void AppendRange(string source, int start, int end)
    {
        EnsureCapacity(end - start + 1);
        var i = start;
        while (i < end)
        {
            // Runs without line breaks, double spaces or invisible characters are copied whole; the rest goes one by one.
            var rest = source.AsSpan(i, end - i);
            var unusual = rest.IndexOfAny(Unusual);
            var plain = unusual < 0 ? rest.Length : unusual;
            var doubled = rest[..plain].IndexOf("  ");
            var run = doubled < 0 ? plain : doubled;
            if (run > 0)
            {
                CopyRun(source, i, run);
                i += run;
            }
            if (i < end)
            {
                Append(source[i], i);
                i++;
            }
        }
    }

    /// <summary>A line break or cell boundary inside a block: reads as one space.</summary>
    public void AppendBreak(int origin) => Append(' ', origin);

    public ReadOnlySpan<char> Slice(ReadableRange range) => _chars.AsSpan(range.Start, range.Length);

    public string ToString(ReadableRange range) => new(_chars, range.Start, range.Length);

    public int OriginOf(int index) => _origins[index];

    /// <summary>The source characters a non-empty readable range was made from.</summary>
    public TextSpan SourceSpan(ReadableRange range) =>
        TextSpan.FromBounds(_origins[range.Start], _origins[range.End - 1] + 1);

    public void Dispose()
    {
        Release(_chars);
        Release(_origins);
        _chars = [];
        _origins = [];
    }

    private void Put(char c, int origin)
    {
        if (_length == _chars.Length)
        {
            Grow(_length + 1);
        }
        _chars[_length] = c;
        _origins[_length] = origin;
        _length++;
    }

    /// <summary>Copies characters that hold no whitespace run and nothing invisible; a space at either end is collapsed as usual.</summary>
    private void CopyRun(string source, int start, int count)
    {
        if (source[start] == ' ')
        {
            Append(' ', start);
            start++;
            count--;
        }
        var trailingSpace = count > 0 && source[start + count - 1] == ' ';
        if (trailingSpace)
        {
            count--;
        }
        if (count > 0)
        {
            if (_spacePending)
            {
                _spacePending = false;
                Put(' ', _spaceOrigin);
            }
            source.AsSpan(start, count).CopyTo(_chars.AsSpan(_length));
            var origins = _origins.AsSpan(_length, count);
            for (var k = 0; k < origins.Length; k++)
            {
                origins[k] = start + k;
            }
            _length += count;
        }
        if (trailingSpace)
        {
            Append(' ', start + count);
        }
    }

    private void EnsureCapacity(int more)
    {
        if (_length + more > _chars.Length)
        {
            Grow(_length + more);
        }
    }

    private void Grow(int atLeast)
    {
        var size = Math.Max(atLeast, _chars.Length * 2);
        var chars = Rent<char>(size);
        var origins = Rent<int>(size);
        _chars.AsSpan(0, _length).CopyTo(chars);
        _origins.AsSpan(0, _length).CopyTo(origins);
        Release(_chars);
        Release(_origins);
        _chars = chars;
        _origins = origins;
    }

    // Buffers for ordinary articles come from the shared pool; a huge text gets its own, so the pool does not keep it alive.
    private static T[] Rent<T>(int size) => size <= MaxPooledLength ? ArrayPool<T>.Shared.Rent(size) : new T[size];

    private static void Release<T>(T[] buffer)
    {
        if (buffer.Length <= MaxPooledLength)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }
}
