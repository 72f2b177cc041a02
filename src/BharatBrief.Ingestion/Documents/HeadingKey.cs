using System.Text;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// The comparable form of a short line: lower case, one kind of quote and dash, no number in front, no closing
/// punctuation, single spaces. "India’s Strategic Autonomy – On Display:" and "1. india's strategic autonomy-on display" agree.
/// </summary>
internal static class HeadingKey
{
    public static string Of(ReadOnlySpan<char> text)
    {
        text = StripOrdinal(text.Trim()).TrimEnd(".:;!?… ");
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (c == '-')
            {
                while (builder.Length > 0 && builder[^1] == ' ')
                {
                    builder.Length--;
                }
                pendingSpace = false;
                builder.Append(c);
                continue;
            }
            if (pendingSpace && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append(' ');
            }
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// How many letters and digits the text has after any leading number: equal for lines with equal keys, and cheap,
    /// so that most lines are ruled out before a key is built.
    /// </summary>
    public static int Signature(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in StripOrdinal(text.Trim()))
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }
        return count;
    }

    private static char Fold(char c) => c switch
    {
        '’' or '‘' or 'ʼ' or '′' or '`' => '\'',
        '“' or '”' or '„' or '″' or '«' or '»' => '"',
        '–' or '—' or '‒' or '−' or '‐' or '‑' => '-',
        '\u00A0' => ' ',
        _ => c,
    };

    private static ReadOnlySpan<char> StripOrdinal(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits is > 0 and <= 3 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ')
        {
            return text[(digits + 2)..];
        }
        return text;
    }
}
