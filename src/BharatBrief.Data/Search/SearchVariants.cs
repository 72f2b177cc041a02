namespace BharatBrief.Data.Search;

/// <summary>
/// Groups of spellings that mean the same thing ("defence, defense"; "S-400, S400, S 400"), read from a text file
/// editors can read and change (<c>Search/variants.txt</c>, one group a line). Each form is read as the search box
/// reads a term, so a form matches a typed term when their words are the same.
/// </summary>
public sealed class SearchVariants
{
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> _others = new(StringComparer.Ordinal);

    /// <summary>Reads groups from text: one group a line, forms separated by commas, lines starting with # left out.</summary>
    /// <exception cref="FormatException">A line has fewer than two forms, or a form has no word.</exception>
    public static SearchVariants Parse(string text)
    {
        var variants = new SearchVariants();
        var number = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            number++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var forms = line.Split(',').Select(form => WordsOf(form.Trim())).ToList();
            if (forms.Count < 2 || forms.Any(form => form.Count == 0))
            {
                throw new FormatException($"Line {number} of the variants, \"{line}\", needs two or more forms separated by commas, each with a word.");
            }
            var distinct = forms.DistinctBy(Key).ToList();
            foreach (var form in distinct)
            {
                var others = distinct.Where(other => Key(other) != Key(form)).ToList();
                if (variants._others.TryGetValue(Key(form), out var known))
                {
                    others = [.. known.Concat(others).DistinctBy(Key)];
                }
                variants._others[Key(form)] = others;
            }
        }
        return variants;
    }

    /// <summary>The variants shipped with the store (<c>Search/variants.txt</c>).</summary>
    public static SearchVariants Shipped { get; } = LoadShipped();

    /// <summary>The other forms of the term whose words are <paramref name="words"/>; empty when it has none.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Of(IReadOnlyList<string> words) =>
        _others.GetValueOrDefault(Key(words)) ?? [];

    private static IReadOnlyList<string> WordsOf(string form)
    {
        var query = SearchQuery.Parse($"\"{form}\" ");
        return query.Terms is [var only] ? only.Words : [];
    }

    private static string Key(IReadOnlyList<string> words) => string.Join(' ', words);

    private static SearchVariants LoadShipped()
    {
        using var stream = typeof(SearchVariants).Assembly.GetManifestResourceStream("BharatBrief.Data.Search.variants.txt")
            ?? throw new InvalidOperationException("The store was built without Search/variants.txt.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
