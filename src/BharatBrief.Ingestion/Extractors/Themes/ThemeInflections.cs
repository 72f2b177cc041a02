namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// The word forms a lexicon phrase stands for. Every phrase also matches the plural of its last word; a last word
/// written with a trailing <c>*</c> ("sanction*", "refin*") also matches the usual verb and noun endings, so one entry
/// covers "sanctions", "sanctioned", "refinery", "refineries" and "refining".
/// </summary>
internal static class ThemeInflections
{
    private static readonly string[] DerivedEndings =
    [
        "s", "es", "ed", "ing", "er", "ers", "ery", "eries", "ism", "isms", "ist", "ists", "ion", "ions",
        "ation", "ations", "ment", "ments", "al", "ally", "ity", "ities", "ive", "y", "ies",
    ];

    public static IEnumerable<string> FormsOf(string word)
    {
        var stem = word.TrimEnd('*');
        var forms = new HashSet<string>(StringComparer.Ordinal) { stem };
        AddPlurals(stem, forms);
        if (word.EndsWith('*'))
        {
            AddDerived(stem, forms);
        }
        return forms;
    }

    private static void AddPlurals(string word, HashSet<string> forms)
    {
        if (word.Length < 2 || !char.IsLetter(word[^1]))
        {
            return;
        }
        if (word[^1] is 'y' && !IsVowel(word[^2]))
        {
            forms.Add(word[..^1] + "ies");
        }
        else if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            forms.Add(word + "es");
        }
        else
        {
            forms.Add(word + "s");
        }
    }

    private static void AddDerived(string stem, HashSet<string> forms)
    {
        foreach (var ending in DerivedEndings)
        {
            forms.Add(stem + ending);
        }
        if (stem.EndsWith('e'))
        {
            var root = stem[..^1];
            foreach (var ending in DerivedEndings.Where(ending => IsVowel(ending[0])))
            {
                forms.Add(root + ending);
            }
        }
        if (stem.Length > 2 && stem[^1] is 'y' && !IsVowel(stem[^2]))
        {
            var root = stem[..^1];
            forms.Add(root + "ies");
            forms.Add(root + "ied");
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
