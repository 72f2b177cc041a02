using System.Globalization;
using System.Text;

namespace BharatBrief.Ingestion;

/// <summary>Makes short, readable, URL-safe slugs: "Putin's December visit to New Delhi" → "putin-december-visit-new-delhi".</summary>
public static class Slugifier
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "as", "by", "from", "is", "are", "was",
        "were", "be", "has", "have", "had", "its", "it", "this", "that",
    };

    /// <summary>Lower-case words joined by hyphens, small words dropped, at most <paramref name="maxWords"/> words.</summary>
    public static string Slugify(string text, int maxWords = 8)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c != '\'' && c != '’')
            {
                Flush();
            }
        }
        Flush();
        var kept = words.Where(w => !StopWords.Contains(w)).Take(maxWords).ToArray();
        return kept.Length > 0 ? string.Join('-', kept) : string.Join('-', words.Take(maxWords));

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
