using System.Globalization;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>Reads ordinals written as "22nd" or "twenty-second".</summary>
internal static class OrdinalReader
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30,
    };

    /// <summary>The ordinal that ends at token <paramref name="index"/>, with the index of its first token.</summary>
    public static (int Value, int First)? EndingAt(TokenizedText tokens, int index)
    {
        if (index < 0 || !tokens[index].IsWord)
        {
            return null;
        }
        var word = tokens.SpanOf(index);
        if (word.Length > 2 && char.IsDigit(word[0]) && IsOrdinalSuffix(char.ToLowerInvariant(word[^2]), char.ToLowerInvariant(word[^1]))
            && int.TryParse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (number, index);
        }
        if (!Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var unit))
        {
            return null;
        }
        if (index >= 2 && tokens.IsPunctuation(index - 1, '-') && Tens.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.SpanOf(index - 2), out var tens))
        {
            return (tens + unit, index - 2);
        }
        return (unit, index);
    }

    private static bool IsOrdinalSuffix(char first, char second) =>
        (first, second) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}
