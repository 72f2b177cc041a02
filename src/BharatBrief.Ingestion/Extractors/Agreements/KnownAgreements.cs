using System.Text.Json;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>A well-known India–Russia agreement: its canonical name, its kind and the other names it goes by.</summary>
public sealed record KnownAgreement(string Name, AgreementKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<IReadOnlySet<string>> Keys);

/// <summary>
/// The well-known agreements of agreements.json ("known"). A name is one of them when its words include all the words
/// of one of its keys, whatever their order or the nouns around them: "the S-400 supply contract", "the contract for
/// the S-400 Triumf" and "the long-range air defence systems" are all the S-400 deal. Anchor phrases name one
/// anywhere in a sentence, with no agreement noun ("the remaining S-400 squadrons"); keys are listed apart, so that
/// "Programme 2030" names the economic programme but an "Energy Programme 2030" is not it.
/// </summary>
public sealed class KnownAgreements
{
    private static readonly Lazy<KnownAgreements> DefaultKnown = new(() => new KnownAgreements(AgreementLexicon.Default.Root));

    private readonly List<KnownAgreement> _entries = [];

    internal KnownAgreements(JsonElement root)
    {
        var anchors = new List<(string, KnownAgreement, bool)>();
        if (root.TryGetProperty("known", out var known))
        {
            foreach (var entry in known.EnumerateArray())
            {
                Slugs.TryParse(entry.GetProperty("kind").GetString(), out AgreementKind kind);
                var keys = entry.GetProperty("keys").EnumerateArray()
                    .Select(key => (IReadOnlySet<string>)key.EnumerateArray().Select(word => Singular(word.GetString()!.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal))
                    .ToList();
                var anchorPhrases = entry.GetProperty("anchors").EnumerateArray().Select(anchor => anchor.GetString()!).ToArray();
                var agreement = new KnownAgreement(entry.GetProperty("name").GetString()!, kind,
                    entry.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()!).ToArray(), keys);
                _entries.Add(agreement);
                anchors.AddRange(anchorPhrases.Select(anchor => (anchor, agreement, false)));
            }
        }
        Anchors = new PhraseMatcher<KnownAgreement>(anchors);
    }

    public static KnownAgreements Default => DefaultKnown.Value;

    public IReadOnlyList<KnownAgreement> Entries => _entries;

    /// <summary>Phrases that name a known agreement on their own.</summary>
    public PhraseMatcher<KnownAgreement> Anchors { get; }

    /// <summary>The known agreement whose canonical name or alias this is, exactly.</summary>
    public KnownAgreement? Named(string name)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase)
                || entry.Aliases.Any(alias => string.Equals(alias, name, StringComparison.OrdinalIgnoreCase)))
            {
                return entry;
            }
        }
        return null;
    }

    /// <summary>The known agreement a name speaks of: its canonical name, an alias, or all the words of one of its keys.</summary>
    public KnownAgreement? Find(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }
        if (Named(name) is { } named)
        {
            return named;
        }
        // "the Delhi Declaration on Further Consolidation of Strategic Partnership" holds the words of the 2000
        // declaration's key too: the entry whose key says the most of the name is the one it names.
        var words = WordsOf(name);
        KnownAgreement? found = null;
        var foundKeySize = 0;
        foreach (var entry in _entries)
        {
            foreach (var key in entry.Keys)
            {
                if (key.Count > foundKeySize && key.IsSubsetOf(words))
                {
                    found = entry;
                    foundKeySize = key.Count;
                }
            }
        }
        return found;
    }

    /// <summary>The words of a name, lower-cased and singular, small words included: keys decide which words matter.</summary>
    public static HashSet<string> WordsOf(string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && char.IsLetterOrDigit(name[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0)
            {
                words.Add(Singular(name[start..i].ToLowerInvariant()));
                start = -1;
            }
        }
        return words;
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
