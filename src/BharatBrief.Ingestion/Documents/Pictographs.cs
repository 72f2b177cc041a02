namespace BharatBrief.Ingestion.Documents;

/// <summary>Emoji, pictographs and symbol bullets that sites put before headings and plugs (🔍 🌏 🧭 💡 ▶ →).</summary>
internal static class Pictographs
{
    public static bool IsDecoration(int codePoint) => codePoint switch
    {
        >= 0x1F000 and <= 0x1FAFF => true,      // pictographs, emoticons, transport, flags, skin tones
        >= 0x2600 and <= 0x27BF => true,        // miscellaneous symbols and dingbats
        >= 0x2B00 and <= 0x2BFF => true,        // stars, arrows, circles
        >= 0x2300 and <= 0x23FF => true,        // watches, hourglasses, media controls
        >= 0x2190 and <= 0x21FF => true,        // arrows
        >= 0x25A0 and <= 0x25FF => true,        // geometric shapes used as bullets
        >= 0xE0020 and <= 0xE007F => true,      // emoji tag sequences
        0xFE0E or 0xFE0F or 0x200D or 0x20E3 => true, // variation selectors, joiner, keycap
        0x2139 or 0x24C2 or 0x3030 or 0x303D or 0x3297 or 0x3299 => true,
        _ => false,
    };

    /// <summary>True when the text opens with a decoration.</summary>
    public static bool StartsWithDecoration(ReadOnlySpan<char> text) =>
        !text.IsEmpty && IsDecoration(CodePointAt(text, 0, out _));

    public static int CodePointBefore(ReadOnlySpan<char> text, int end, out int width)
    {
        if (char.IsLowSurrogate(text[end - 1]) && end >= 2 && char.IsHighSurrogate(text[end - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(text[end - 2], text[end - 1]);
        }
        width = 1;
        return text[end - 1];
    }

    public static int CodePointAt(ReadOnlySpan<char> text, int index, out int width)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }
        width = 1;
        return text[index];
    }
}
