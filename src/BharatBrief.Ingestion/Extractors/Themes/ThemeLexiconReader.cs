using System.Text.Json;

namespace BharatBrief.Ingestion.Extractors.Themes;

/// <summary>
/// Builds a <see cref="ThemeLexicon"/> from the themes.json schema: per theme, groups of phrases sharing a weight
/// (and optionally <c>matchCase</c>), an optional <c>stance</c> flag for a theme that is a position taken, plus top-level <c>ignore</c> phrases that claim their words for no theme.
/// </summary>
internal static class ThemeLexiconReader
{
    public static ThemeLexicon Read(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var slugs = new List<string>();
        var terms = new List<ThemeTerm>();
        var stances = new List<bool>();
        var root = new ThemeTrieNode();
        foreach (var theme in document.RootElement.GetProperty("themes").EnumerateArray())
        {
            var themeIndex = slugs.Count;
            slugs.Add(theme.GetProperty("slug").GetString()!);
            stances.Add(theme.TryGetProperty("stance", out var stance) && stance.GetBoolean());
            if (!theme.TryGetProperty("terms", out var groups))
            {
                continue;
            }
            foreach (var group in groups.EnumerateArray())
            {
                var weight = group.GetProperty("weight").GetDouble();
                var matchCase = group.TryGetProperty("matchCase", out var flag) && flag.GetBoolean();
                foreach (var phrase in group.GetProperty("phrases").EnumerateArray())
                {
                    AddTerm(root, terms, themeIndex, phrase.GetString()!, weight, matchCase);
                }
            }
        }
        if (document.RootElement.TryGetProperty("ignore", out var ignored))
        {
            foreach (var phrase in ignored.EnumerateArray())
            {
                AddTerm(root, terms, -1, phrase.GetString()!, 0, matchCase: false);
            }
        }
        return new ThemeLexicon(slugs, terms, root, stances);
    }

    private static void AddTerm(ThemeTrieNode root, List<ThemeTerm> terms, int theme, string phrase, double weight, bool matchCase)
    {
        var inflected = phrase.EndsWith('*');
        var plain = phrase.TrimEnd('*');
        var words = WordsOf(plain);
        if (words.Length == 0)
        {
            throw new InvalidDataException($"The theme phrase '{phrase}' has no words.");
        }
        var term = new ThemeTerm(terms.Count, theme, plain, weight, matchCase);
        terms.Add(term);
        foreach (var form in ThemeInflections.FormsOf(inflected ? words[^1] + "*" : words[^1]))
        {
            string[] formWords = [.. words[..^1], form];
            root.Add(formWords, 0, term);
        }
    }

    private static string[] WordsOf(string phrase)
    {
        var tokens = new WordToken[WordTokenizer.MaxTokens(phrase)];
        var count = WordTokenizer.Tokenize(phrase, tokens);
        return [.. tokens.Take(count).Select(token => phrase.Substring(token.Start, token.Length))];
    }
}
