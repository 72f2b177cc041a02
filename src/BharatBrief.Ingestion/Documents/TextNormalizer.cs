using System.Buffers;
using System.Text;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Brings any input to the one form every span indexes into: no byte-order mark, LF line ends, NFC,
/// no control characters and no lone surrogates.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Control characters other than tab and line feed, and the Unicode line and paragraph separators.</summary>
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\t')), '\u2028', '\u2029']);

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var start = text[0] == '\uFEFF' ? 1 : 0;
        var body = text.AsSpan(start);
        var cleaned = body.IndexOfAny(Suspects) >= 0 || HasLoneSurrogate(body)
            ? Clean(body)
            : start == 0 ? text : body.ToString();
        return Composed(cleaned);
    }

    /// <summary>
    /// The composed form, so that "é" typed as e + accent matches the gazetteers' "é". Text that the normaliser
    /// refuses (noncharacters such as U+FFFF survive cleaning) is kept as it is rather than lost.
    /// </summary>
    private static string Composed(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }
            var next = text[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + 2 + next;
        }
        return false;
    }

    private static string Clean(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(Replacement(c));
            }
        }
        return builder.ToString();
    }

    private static char Replacement(char c) => c switch
    {
        '\n' or '\t' => c,
        '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' => '\n',
        _ when char.IsSurrogate(c) => '\uFFFD',
        _ when char.IsControl(c) => ' ',
        _ => c,
    };
}
