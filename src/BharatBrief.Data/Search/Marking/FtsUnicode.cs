namespace BharatBrief.Data.Search.Marking;

/// <summary>
/// The character classes and folding of FTS5's unicode61 tokenizer as this project configures it (default categories
/// "L* N* Co", remove_diacritics 2): ports of sqlite3Fts5UnicodeCategory, sqlite3Fts5UnicodeFold,
/// fts5_remove_diacritic, sqlite3Fts5UnicodeIsdiacritic and sqlite3Fts5UnicodeAscii over the tables of
/// <see cref="FtsUnicodeTables"/>. Answers for the first <see cref="CachedRange"/> codepoints (Latin, Greek, Cyrillic,
/// the Indic scripts, punctuation) are worked out once and kept, so text in those scripts never searches a table.
/// </summary>
internal static class FtsUnicode
{
    /// <summary>Codepoints below this have their token-character flag and folding precomputed.</summary>
    public const int CachedRange = 0x3000;

    // Category indexes of sqlite3Fts5UnicodeCatParse that "L* N* Co" switches on; index 0 (codepoints the tables do
    // not list) is always on, as the C function sets aArray[0] whatever it parses.
    private static readonly bool[] TokenCategories = BuildTokenCategories();

    // Bit 0: token character; bit 1: diacritic (may continue a token). Then the folded codepoint, for the cached range.
    private static readonly byte[] CachedFlags = new byte[CachedRange];
    private static readonly ushort[] CachedFold = new ushort[CachedRange];

    static FtsUnicode()
    {
        for (var c = 0; c < CachedRange; c++)
        {
            CachedFlags[c] = (byte)((IsTokenCharSlow(c) ? 1 : 0) | (IsDiacritic(c) ? 2 : 0));
            CachedFold[c] = (ushort)FoldSlow(c);
        }
        // 0x00 is never a token character (sqlite3Fts5UnicodeAscii); the tokenizer reads ASCII from its own table.
        CachedFlags[0] = 0;
    }

    /// <summary>True for a character that is part of a token (fts5UnicodeIsAlnum; for ASCII, aTokenChar).</summary>
    public static bool IsTokenChar(int c) => c < CachedRange ? (CachedFlags[c] & 1) != 0 : IsTokenCharSlow(c);

    /// <summary>
    /// True for a character that may start or continue a token; bit 1 set for one that may only continue it (a
    /// combining diacritic, sqlite3Fts5UnicodeIsdiacritic). 0 for a separator.
    /// </summary>
    public static int Classify(int c) =>
        c < CachedRange ? CachedFlags[c] : (IsTokenCharSlow(c) ? 1 : 0);

    /// <summary>sqlite3Fts5UnicodeFold(c, 2): the lower-case form without diacritics; 0 when the character is dropped.</summary>
    public static int Fold(int c) => c < CachedRange ? CachedFold[c] : FoldSlow(c);

    /// <summary>sqlite3Fts5UnicodeIsdiacritic.</summary>
    public static bool IsDiacritic(int c)
    {
        const uint mask0 = 0x08029FDF;
        const uint mask1 = 0x000361F8;
        if (c < 768 || c > 817)
        {
            return false;
        }
        return c < 768 + 32
            ? (mask0 & (1u << (c - 768))) != 0
            : (mask1 & (1u << (c - 768 - 32))) != 0;
    }

    /// <summary>sqlite3Fts5UnicodeCategory: an index into the category list of sqlite3Fts5UnicodeCatParse.</summary>
    public static int Category(int code)
    {
        if (code >= 1 << 20)
        {
            return 0;
        }
        var map = FtsUnicodeTables.Map;
        var data = FtsUnicodeTables.Data;
        var lo = (int)FtsUnicodeTables.Block[code >> 16];
        var hi = (int)FtsUnicodeTables.Block[1 + (code >> 16)];
        var key = code & 0xFFFF;
        var res = -1;
        while (hi > lo)
        {
            var test = (hi + lo) / 2;
            if (key >= map[test])
            {
                res = test;
                lo = test + 1;
            }
            else
            {
                hi = test;
            }
        }
        if (res < 0)
        {
            return 0;
        }
        if (key >= map[res] + (data[res] >> 5))
        {
            return 0;
        }
        var ret = data[res] & 0x1F;
        if (ret != 30)
        {
            return ret;
        }
        return ((key - map[res]) & 0x01) != 0 ? 5 : 9;
    }

    /// <summary>True for a category index (of sqlite3Fts5UnicodeCatParse) whose characters are token characters.</summary>
    public static bool IsTokenCategory(int category) => TokenCategories[category];

    private static bool IsTokenCharSlow(int c) => TokenCategories[Category(c)];

    private static int FoldSlow(int c)
    {
        var ret = c;
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z')
            {
                ret = c + ('a' - 'A');
            }
        }
        else if (c < 65536)
        {
            var entries = FtsUnicodeTables.FoldEntries;
            var count = entries.Length / 3;
            var hi = count - 1;
            var lo = 0;
            var res = -1;
            while (hi >= lo)
            {
                var test = (hi + lo) / 2;
                if (c - entries[test * 3] >= 0)
                {
                    res = test;
                    lo = test + 1;
                }
                else
                {
                    hi = test - 1;
                }
            }
            int code = entries[res * 3];
            int flags = entries[(res * 3) + 1];
            int range = entries[(res * 3) + 2];
            if (c < code + range && 0 == (0x01 & flags & (code ^ c)))
            {
                ret = (c + FtsUnicodeTables.FoldOffsets[flags >> 1]) & 0x0000FFFF;
            }
            ret = RemoveDiacritic(ret, complex: true);
        }
        else if (c is >= 66560 and < 66600)
        {
            ret = c + 40;
        }
        return ret;
    }

    /// <summary>fts5_remove_diacritic.</summary>
    private static int RemoveDiacritic(int c, bool complex)
    {
        var dia = FtsUnicodeTables.Diacritics;
        var letters = FtsUnicodeTables.DiacriticLetters;
        var key = ((uint)c << 3) | 0x00000007;
        var res = 0;
        var hi = dia.Length - 1;
        var lo = 0;
        while (hi >= lo)
        {
            var test = (hi + lo) / 2;
            if (key >= dia[test])
            {
                res = test;
                lo = test + 1;
            }
            else
            {
                hi = test - 1;
            }
        }
        if (!complex && (letters[res] & 0x80) != 0)
        {
            return c;
        }
        return c > (dia[res] >> 3) + (dia[res] & 0x07) ? c : letters[res] & 0x7F;
    }

    private static bool[] BuildTokenCategories()
    {
        var categories = new bool[32];
        categories[0] = true;
        foreach (var index in (ReadOnlySpan<int>)[5, 6, 7, 8, 9, 30, 13, 14, 15, 31])
        {
            categories[index] = true;
        }
        return categories;
    }
}
