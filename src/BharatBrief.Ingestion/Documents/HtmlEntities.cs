using System.Collections.Frozen;

namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// The character references briefs use for punctuation. "&amp;lt;" and "&amp;gt;" stay as written so that an escaped tag
/// never turns back into markup.
/// </summary>
internal static class HtmlEntities
{
    private const int MaxLength = 12;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Named =
        new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["nbsp"] = " ", ["quot"] = "\"", ["apos"] = "'", ["mdash"] = "—", ["ndash"] = "–",
        ["hellip"] = "…", ["rsquo"] = "’", ["lsquo"] = "‘", ["ldquo"] = "“", ["rdquo"] = "”", ["laquo"] = "«",
        ["raquo"] = "»", ["middot"] = "·", ["bull"] = "•", ["copy"] = "©", ["reg"] = "®", ["trade"] = "™",
        ["deg"] = "°", ["times"] = "×", ["euro"] = "€", ["pound"] = "£", ["rupee"] = "₹", ["shy"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Decodes the reference starting with '&amp;' at <paramref name="start"/>; returns its length, or 0.</summary>
    public static int TryDecode(string source, int start, int end, out string decoded)
    {
        decoded = string.Empty;
        var semicolon = source.AsSpan(start, Math.Min(MaxLength, end - start)).IndexOf(';');
        if (semicolon < 2)
        {
            return 0;
        }
        var body = source.AsSpan(start + 1, semicolon - 1);
        if (body[0] == '#')
        {
            if (!TryParseNumber(body[1..], out var codePoint) || !IsSafe(codePoint))
            {
                return 0;
            }
            decoded = char.ConvertFromUtf32(codePoint);
            return semicolon + 1;
        }
        if (!Named.TryGetValue(body, out var value))
        {
            return 0;
        }
        decoded = value;
        return semicolon + 1;
    }

    private static bool TryParseNumber(ReadOnlySpan<char> digits, out int codePoint)
    {
        var hex = digits.Length > 1 && digits[0] is 'x' or 'X';
        return hex
            ? int.TryParse(digits[1..], System.Globalization.NumberStyles.AllowHexSpecifier, null, out codePoint)
            : int.TryParse(digits, System.Globalization.NumberStyles.None, null, out codePoint);
    }

    private static bool IsSafe(int codePoint) =>
        codePoint is >= 0x20 and <= 0x10FFFF and not ('<' or '>') and not (>= 0xD800 and <= 0xDFFF) and not (>= 0x7F and <= 0x9F);
}
