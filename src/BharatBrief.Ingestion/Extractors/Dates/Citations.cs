using System.Text.RegularExpressions;

namespace BharatBrief.Ingestion.Extractors.Dates;

/// <summary>
/// Author–year references in scholarly prose: "(Dunn 1996; Melissen 2003)", "(Mohan 2012, p. 4)", "Mohan (2012) argues".
/// The year is when a work was published, not when anything in the story happened.
/// </summary>
internal static partial class Citations
{
    /// <summary>True when the text from <paramref name="start"/> to <paramref name="end"/> lies within an author–year reference.</summary>
    public static bool Covers(string sentence, int start, int end)
    {
        if (!sentence.Contains('('))
        {
            return false;
        }
        foreach (var regex in (Regex[])[Parenthetical(), Narrative()])
        {
            foreach (var match in regex.EnumerateMatches(sentence))
            {
                if (match.Index <= start && end <= match.Index + match.Length && !NamesAMonth(sentence.AsSpan(match.Index, match.Length)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool NamesAMonth(ReadOnlySpan<char> reference) => MonthName().IsMatch(reference);

    private const string Author = @"\p{Lu}[\p{L}'’\-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]+|\s+et\s+al\.)?";

    private const string Reference = Author + @",?\s+(?:1[89]|20)\d\d[a-z]?(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?";

    [GeneratedRegex(@"\(\s*" + Reference + @"(?:\s*;\s*" + Reference + @")*\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(Author + @"\s+\(\s*(?:1[89]|20)\d\d[a-z]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Narrative();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:In|On|Since|By|From|Until|Till|Before|After|Summer|Winter|Spring|Autumn|Fall|Early|Late|Mid)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();
}
