using System.Buffers;

namespace BharatBrief.Ingestion.Text;

/// <summary>
/// Splits text into words, numbers and single punctuation marks. Numbers keep their inner separators
/// ("65,000", "6.5"); everything else that is not a letter or digit is a token of its own.
/// </summary>
public static class Tokenizer
{
    public static TokenizedText Tokenize(string text)
    {
        // A text has at most one token per character; the tokens are read into a pooled buffer and kept in an array of their own size.
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var count = Tokenize(text, buffer);
            return new TokenizedText(text, buffer.AsSpan(0, count).ToArray());
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private static int Tokenize(string text, Token[] tokens)
    {
        var count = 0;
        var i = 0;
        var spaceBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                spaceBefore = true;
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            if (TokenChars.IsWordChar(c))
            {
                kind = TokenKind.Word;
                while (i < text.Length && (TokenChars.IsWordChar(text[i]) || char.IsDigit(text[i])))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i = ScanNumber(text, i);
                // "G20", "30MKI": digits followed by letters stay one word.
                if (i < text.Length && TokenChars.IsWordChar(text[i]))
                {
                    kind = TokenKind.Word;
                    while (i < text.Length && (TokenChars.IsWordChar(text[i]) || char.IsDigit(text[i])))
                    {
                        i++;
                    }
                }
            }
            else
            {
                kind = TokenKind.Punctuation;
                i++;
            }
            tokens[count++] = new Token(start, i - start, kind, spaceBefore);
            spaceBefore = false;
        }
        return count;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }
}
