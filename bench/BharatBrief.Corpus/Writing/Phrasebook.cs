using System.Reflection;

namespace BharatBrief.Corpus.Writing;

/// <summary>
/// The word lists and sentence templates of the generator, kept as text files so that wording can grow without code.
/// A file holds sections: a <c>## key</c> line, then one entry per line; <c>//</c> starts a comment line.
/// </summary>
public sealed class Phrasebook
{
    private static readonly Lazy<Phrasebook> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, string[]> _sections;

    private Phrasebook(Dictionary<string, string[]> sections) => _sections = sections;

    public static Phrasebook Default => Embedded.Value;

    public IReadOnlyList<string> All(string key) =>
        _sections.TryGetValue(key, out var entries) ? entries : throw new KeyNotFoundException($"No phrasebook section '{key}'.");

    public bool Has(string key) => _sections.ContainsKey(key);

    public string Pick(string key, Random random)
    {
        var entries = All(key);
        return entries[random.Next(entries.Count)];
    }

    public string Write(string key, Slots slots, Random random) => Template.Expand(Pick(key, random), slots, random);

    /// <summary>The entries of a section split on <c>|</c>, for tables such as office holders and cities.</summary>
    public IEnumerable<string[]> Rows(string key) => All(key).Select(entry => entry.Split('|', StringSplitOptions.TrimEntries));

    private static Phrasebook LoadEmbedded()
    {
        var assembly = typeof(Phrasebook).Assembly;
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            Read(assembly, name, sections);
        }
        return new Phrasebook(sections.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal));
    }

    private static void Read(Assembly assembly, string resource, Dictionary<string, List<string>> sections)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"Missing resource {resource}.");
        using var reader = new StreamReader(stream);
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var key = line[3..].Trim();
                if (!sections.TryGetValue(key, out current))
                {
                    sections[key] = current = [];
                }
            }
            else if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                (current ?? throw new FormatException($"{resource}: an entry before the first section.")).Add(line);
            }
        }
    }
}
