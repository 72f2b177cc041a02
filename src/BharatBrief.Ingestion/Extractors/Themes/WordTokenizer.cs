using System.Buffers;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// Splits text into runs of letters and runs of digits; everything else separates them. Hyphens and dashes therefore
/// split "rupee–rouble" and "S-400" into words that a phrase written either way also yields, and a possessive
/// "’s" is dropped so that "India’s" reads as "India".
/// </summary>
internal static class WordTokenizer
{
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static int Tokenize(string text, Span<WordToken> tokens)
    {
        var count = 0;
        var i = SkipSeparators(text, 0);
        while (i < text.Length && count < tokens.Length)
        {
            var start = i;
            if (char.IsLetter(text[i]))
            {
                i = RunEnd(text, i, AsciiLetters, char.IsLetter);
                tokens[count++] = new WordToken(start, i - start);
                i = SkipPossessive(text, i);
            }
            else
            {
                i = RunEnd(text, i, AsciiDigits, char.IsDigit);
                tokens[count++] = new WordToken(start, i - start);
            }
            i = SkipSeparators(text, i);
        }
        return count;
    }

    /// <summary>An upper bound on the tokens of a text, for sizing the buffer.</summary>
    public static int MaxTokens(string text) => text.Length;

    /// <summary>The end of a run of letters (or digits), searched a vector at a time while the text is ASCII.</summary>
    private static int RunEnd(string text, int i, SearchValues<char> ascii, Func<char, bool> isMember)
    {
        while (i < text.Length)
        {
            var stop = text.AsSpan(i).IndexOfAnyExcept(ascii);
            if (stop < 0)
            {
                return text.Length;
            }
            i += stop;
            if (text[i] < 128 || !isMember(text[i]))
            {
                return i;
            }
            i++;
        }
        return i;
    }

    private static int SkipSeparators(string text, int i)
    {
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(AsciiLettersAndDigits);
            var end = next < 0 ? text.Length : i + next;
            for (var k = i; k < end; k++)
            {
                if (text[k] >= 128 && char.IsLetterOrDigit(text[k]))
                {
                    return k;
                }
            }
            return end;
        }
        return i;
    }

    private static int SkipPossessive(string text, int i)
    {
        var isApostrophe = i + 1 < text.Length && text[i] is '\'' or '’';
        var isPossessive = isApostrophe && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
        return isPossessive ? i + 2 : i;
    }
}
