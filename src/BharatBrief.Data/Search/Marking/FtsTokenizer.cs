using System.Text;

namespace BharatBrief.Data.Search.Marking;

/// <summary>One token: its folded and stemmed text, and where it stands in the input (UTF-16 offsets, end exclusive).</summary>
internal readonly record struct FtsToken(string Text, int Start, int End);

/// <summary>
/// The tokenizer of our FTS5 tables, <c>porter unicode61 remove_diacritics 2</c>, ported from SQLite's
/// ext/fts5/fts5_tokenize.c: fts5UnicodeTokenize splits and folds, fts5PorterCb stems. FTS5 reads UTF-8 and the
/// stemmer works on its bytes (lengths, suffixes, the consonant test), so folded tokens are UTF-8 here too; only the
/// offsets are in UTF-16 code units of the C# string. A surrogate pair is one character, as in UTF-8; a lone surrogate,
/// U+FFFE and U+FFFF read as U+FFFD, which is what SQLite makes of them.
/// </summary>
internal static class FtsTokenizer
{
    /// <summary>FTS5_PORTER_MAX_TOKEN: longer tokens (in UTF-8 bytes) pass the stemmer unchanged, as do those under 3.</summary>
    public const int MaxStemmedBytes = 64;

    /// <summary>FTS5_MAX_TOKEN_SIZE: the index and the query parser cut tokens to this many bytes.</summary>
    public const int MaxTokenBytes = 32768;

    /// <summary>The most UTF-8 bytes <see cref="Fold"/> writes for one UTF-16 code unit of input.</summary>
    public const int MaxBytesPerChar = 3;

    // aTokenChar of a unicode61 tokenizer with default categories, as sqlite3Fts5UnicodeAscii fills it.
    private static readonly bool[] AsciiTokenChar = BuildAsciiTokenChars();

    /// <summary>
    /// Finds the next token at or after <paramref name="position"/>: true with its bounds, and
    /// <paramref name="position"/> moved past it (and past the separator that ended it, as FTS5 reads on); false at the end.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int end)
    {
        var i = position;
        var length = text.Length;
        var tokenChars = AsciiTokenChar;
        // Skip separators; the first token character is consumed here.
        while (true)
        {
            if (i >= length)
            {
                position = i;
                start = end = i;
                return false;
            }
            var c = text[i];
            if (c < 0x80)
            {
                if (tokenChars[c])
                {
                    start = i;
                    i++;
                    break;
                }
                i++;
            }
            else
            {
                start = i;
                var code = ReadCodepoint(text, ref i);
                if (FtsUnicode.IsTokenChar(code))
                {
                    break;
                }
            }
        }
        end = i;
        // Run through the token characters; diacritics continue a token but never start one.
        while (i < length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (!tokenChars[c])
                {
                    break;
                }
                i++;
            }
            else
            {
                var code = ReadCodepoint(text, ref i);
                if (FtsUnicode.Classify(code) == 0)
                {
                    // The separator is consumed, as READ_UTF8 has already moved past it.
                    break;
                }
            }
            end = i;
        }
        position = i;
        return true;
    }

    /// <summary>
    /// Folds a token found by <see cref="Next"/> (lower case, diacritics removed) into UTF-8, returning the number of
    /// bytes written; <paramref name="destination"/> needs <see cref="MaxBytesPerChar"/> bytes per char of the token.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> token, Span<byte> destination)
    {
        var n = 0;
        var i = 0;
        while (i < token.Length)
        {
            int c = token[i];
            if (c < 0x80)
            {
                destination[n++] = (byte)(c is >= 'A' and <= 'Z' ? c + 32 : c);
                i++;
                continue;
            }
            var code = FtsUnicode.Fold(ReadCodepoint(token, ref i));
            if (code != 0)
            {
                n += WriteUtf8(code, destination[n..]);
            }
        }
        return n;
    }

    /// <summary>The first UTF-8 byte of the folded form of the codepoint; -1 when folding drops it.</summary>
    public static int FoldedLeadByte(int code)
    {
        if (code < 0x80)
        {
            return code is >= 'A' and <= 'Z' ? code + 32 : code;
        }
        var folded = FtsUnicode.Fold(code);
        return folded switch
        {
            0 => -1,
            < 0x80 => folded,
            < 0x800 => 0xC0 | (folded >> 6),
            < 0x10000 => 0xE0 | (folded >> 12),
            _ => 0xF0 | (folded >> 18),
        };
    }

    /// <summary>
    /// Reads the codepoint at <paramref name="index"/> and moves past it: a surrogate pair is one codepoint; what
    /// SQLite's READ_UTF8 would turn into U+FFFD (a lone surrogate, U+FFFE, U+FFFF) comes back as U+FFFD.
    /// </summary>
    public static int ReadCodepoint(ReadOnlySpan<char> text, ref int index)
    {
        int c = text[index++];
        if ((c & 0xF800) == 0xD800)
        {
            if (c < 0xDC00 && index < text.Length && char.IsLowSurrogate(text[index]))
            {
                return char.ConvertToUtf32((char)c, text[index++]);
            }
            return 0xFFFD;
        }
        return c >= 0xFFFE ? 0xFFFD : c;
    }

    /// <summary>
    /// The porter step of fts5PorterCb on a folded token, in place; returns the stemmed length. Tokens shorter than 3
    /// or longer than <see cref="MaxStemmedBytes"/> bytes come back unchanged. The stem never grows and always keeps
    /// the token's first byte.
    /// </summary>
    public static int Stem(Span<byte> token)
    {
        var n = token.Length;
        if (n > MaxStemmedBytes || n < 3)
        {
            return n;
        }
        return PorterStemmer.Stem(token);
    }

    /// <summary>Every token of the text with its folded and stemmed form; for tests and tools, it allocates.</summary>
    public static List<FtsToken> Tokenize(string text)
    {
        var tokens = new List<FtsToken>();
        var position = 0;
        var buffer = new byte[64];
        while (Next(text, ref position, out var start, out var end))
        {
            var need = (end - start) * MaxBytesPerChar;
            if (buffer.Length < need)
            {
                buffer = new byte[need];
            }
            var folded = Fold(text.AsSpan(start, end - start), buffer);
            var stemmed = Stem(buffer.AsSpan(0, folded));
            tokens.Add(new FtsToken(Encoding.UTF8.GetString(buffer, 0, stemmed), start, end));
        }
        return tokens;
    }

    /// <summary>The folded and stemmed UTF-8 bytes of each token of the text, as the query parser makes its terms.</summary>
    public static List<byte[]> Terms(string text)
    {
        var terms = new List<byte[]>();
        var position = 0;
        while (Next(text, ref position, out var start, out var end))
        {
            var buffer = new byte[(end - start) * MaxBytesPerChar];
            var folded = Fold(text.AsSpan(start, end - start), buffer);
            var stemmed = Stem(buffer.AsSpan(0, folded));
            terms.Add(buffer[..Math.Min(stemmed, MaxTokenBytes)]);
        }
        return terms;
    }

    private static int WriteUtf8(int c, Span<byte> destination)
    {
        if (c < 0x80)
        {
            destination[0] = (byte)c;
            return 1;
        }
        if (c < 0x800)
        {
            destination[0] = (byte)(0xC0 + ((c >> 6) & 0x1F));
            destination[1] = (byte)(0x80 + (c & 0x3F));
            return 2;
        }
        if (c < 0x10000)
        {
            destination[0] = (byte)(0xE0 + ((c >> 12) & 0x0F));
            destination[1] = (byte)(0x80 + ((c >> 6) & 0x3F));
            destination[2] = (byte)(0x80 + (c & 0x3F));
            return 3;
        }
        destination[0] = (byte)(0xF0 + ((c >> 18) & 0x07));
        destination[1] = (byte)(0x80 + ((c >> 12) & 0x3F));
        destination[2] = (byte)(0x80 + ((c >> 6) & 0x3F));
        destination[3] = (byte)(0x80 + (c & 0x3F));
        return 4;
    }

    /// <summary>
    /// sqlite3Fts5UnicodeAscii: walks the first ranges of the category table, giving each ASCII character the flag of
    /// its range's category (without the alternating-case rule, as the C does), then clears 0x00.
    /// </summary>
    private static bool[] BuildAsciiTokenChars()
    {
        var ascii = new bool[128];
        var data = FtsUnicodeTables.Data;
        var i = 0;
        var table = 0;
        while (i < 128)
        {
            var isToken = FtsUnicode.IsTokenCategory(data[table] & 0x1F);
            var n = (data[table] >> 5) + i;
            for (; i < 128 && i < n; i++)
            {
                ascii[i] = isToken;
            }
            table++;
        }
        ascii[0] = false;
        return ascii;
    }
}
