using System.Text.RegularExpressions;

namespace BharatBrief.Ingestion;

/// <summary>Whether a text speaks of both India and Russia, the least an article must do to belong here.</summary>
internal static partial class RelevanceCheck
{
    public static bool IsAboutIndiaAndRussia(string text) => IndiaWords().IsMatch(text) && RussiaWords().IsMatch(text);

    [GeneratedRegex(@"\b(India|Indian|Indians|New Delhi|Delhi|Modi|Bharat|Indo-)", RegexOptions.CultureInvariant)]
    private static partial Regex IndiaWords();

    [GeneratedRegex(@"\b(Russia|Russian|Russians|Moscow|Kremlin|Putin|Indo-Russian)", RegexOptions.CultureInvariant)]
    private static partial Regex RussiaWords();
}
