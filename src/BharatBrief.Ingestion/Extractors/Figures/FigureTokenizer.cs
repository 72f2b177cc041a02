using System.Buffers;
using System.Globalization;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>
/// Splits a sentence into words, numbers and single symbols. A number keeps its grouping commas ("1,200",
/// Indian "2,00,000") and decimals; a word keeps an inner apostrophe ("India’s"); hyphens stay symbols so that
/// "77-year" and "S-400" show their parts, and <see cref="FigureToken.Joined"/> tells what was written together.
/// </summary>
internal static class FigureTokenizer
{
    /// <summary>Longer digit runs are identifiers or garbage, never amounts.</summary>
    private const int MaxNumberLength = 40;

    public static FigureToken[] Tokenize(string text)
    {
        // A text has at most one token per character; the tokens are read into a pooled buffer and kept in an array of their own size.
        var buffer = ArrayPool<FigureToken>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            return buffer.AsSpan(0, Tokenize(text, buffer)).ToArray();
        }
        finally
        {
            ArrayPool<FigureToken>.Shared.Return(buffer);
        }
    }

    private static int Tokenize(string text, FigureToken[] tokens)
    {
        var count = 0;
        var joined = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                joined = false;
                i++;
                continue;
            }
            var start = i;
            if (char.IsDigit(c))
            {
                i = ReadNumber(text, i);
                tokens[count++] = NumberToken(text, start, i, joined);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i);
                tokens[count++] = new FigureToken(FigureTokenKind.Word, start, i - start, joined);
            }
            else
            {
                i++;
                tokens[count++] = new FigureToken(FigureTokenKind.Symbol, start, 1, joined);
            }
            joined = true;
        }
        return count;
    }

    private static int ReadWord(string text, int i)
    {
        while (i < text.Length && (char.IsLetter(text[i]) || IsInnerApostrophe(text, i)))
        {
            i++;
        }
        return i;
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static int ReadNumber(string text, int i)
    {
        i = SkipDigits(text, i);
        while (i < text.Length && text[i] == ',' && IsDigitGroup(text, i + 1))
        {
            i = SkipDigits(text, i + 1);
        }
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i = SkipDigits(text, i + 1);
        }
        return i;
    }

    /// <summary>Three digits, or two more followed by another comma, as in the Indian "2,00,000".</summary>
    private static bool IsDigitGroup(string text, int start)
    {
        var end = SkipDigits(text, start);
        var length = end - start;
        return length == 3 || (length == 2 && end < text.Length && text[end] == ',');
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }
        return i;
    }

    private static FigureToken NumberToken(string text, int start, int end, bool joined)
    {
        var written = text.AsSpan(start, end - start);
        if (written.Length > MaxNumberLength)
        {
            return new FigureToken(FigureTokenKind.Symbol, start, end - start, joined);
        }
        Span<char> digits = stackalloc char[written.Length];
        var length = 0;
        foreach (var c in written)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }
        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new FigureToken(FigureTokenKind.Symbol, start, end - start, joined);
        }
        var isPlainInteger = length == written.Length && !written.Contains('.') && (written[0] != '0' || written.Length == 1);
        return new FigureToken(FigureTokenKind.Number, start, end - start, joined, value, isPlainInteger);
    }
}
