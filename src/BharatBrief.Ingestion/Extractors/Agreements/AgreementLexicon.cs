using System.Text.Json;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>The agreement words of agreements.json, compiled once.</summary>
internal sealed class AgreementLexicon
{
    private static readonly Lazy<AgreementLexicon> DefaultLexicon = new(Load);

    private AgreementLexicon(JsonElement root)
    {
        Root = root;
        var nouns = new List<(string, AgreementKind, bool)>();
        foreach (var group in root.GetProperty("nouns").EnumerateArray())
        {
            Slugs.TryParse(group.GetProperty("kind").GetString(), out AgreementKind kind);
            nouns.AddRange(Strings(group, "phrases").Select(phrase => (phrase, kind, false)));
        }
        Nouns = new PhraseMatcher<AgreementKind>(nouns);
        var before = new List<(string, AgreementStatus, bool)>();
        var after = new List<(string, AgreementStatus, bool)>();
        var participles = new List<(string, AgreementStatus, bool)>();
        foreach (var group in root.GetProperty("statuses").EnumerateArray())
        {
            Slugs.TryParse(group.GetProperty("status").GetString(), out AgreementStatus status);
            before.AddRange(Strings(group, "before").Select(phrase => (phrase, status, false)));
            after.AddRange(Strings(group, "after").Select(phrase => (phrase, status, false)));
            if (group.TryGetProperty("participles", out _))
            {
                participles.AddRange(Strings(group, "participles").Select(phrase => (phrase, status, false)));
            }
        }
        Participles = new PhraseMatcher<AgreementStatus>(participles);
        CuesBefore = new PhraseMatcher<AgreementStatus>(before);
        CuesAfter = new PhraseMatcher<AgreementStatus>(after);
        var defaults = new Dictionary<AgreementKind, AgreementStatus>();
        foreach (var entry in root.GetProperty("defaults").EnumerateObject())
        {
            if (Slugs.TryParse(entry.Name, out AgreementKind kind) && Slugs.TryParse(entry.Value.GetString(), out AgreementStatus status))
            {
                defaults[kind] = status;
            }
        }
        Defaults = defaults;
        Generic = Set(root, "generic");
        SpecificWords = Set(root, "specificWords");
        StopBefore = Set(root, "stopBefore");
        StopAfter = Set(root, "stopAfter");
        ComplementPrepositions = Set(root, "complementPrepositions");
        Anaphors = new PhraseMatcher<bool>(Strings(root, "anaphors").Select(phrase => (phrase, true, false)));
        Negators = new PhraseMatcher<bool>(Strings(root, "negators").Select(phrase => (phrase, true, false)));
        SpecificNouns = Set(root, "specificNouns");
        ProcedureModifiers = Set(root, "procedureModifiers");
    }

    public static AgreementLexicon Default => DefaultLexicon.Value;

    public PhraseMatcher<AgreementKind> Nouns { get; }

    /// <summary>Cues before a name: something done to the agreement ("ratified the …").</summary>
    public PhraseMatcher<AgreementStatus> CuesBefore { get; }

    /// <summary>Cues after a name: what is said of it ("… was signed in 2018").</summary>
    public PhraseMatcher<AgreementStatus> CuesAfter { get; }

    /// <summary>Past participles that describe the name they follow ("the Strategic Vision, signed when Putin visited").</summary>
    public PhraseMatcher<AgreementStatus> Participles { get; }

    /// <summary>The status a named deal of a kind has when nothing says otherwise: a deal that is spoken of exists.</summary>
    public IReadOnlyDictionary<AgreementKind, AgreementStatus> Defaults { get; }

    public HashSet<string> Generic { get; }

    public HashSet<string> SpecificWords { get; }

    public HashSet<string> StopBefore { get; }

    public HashSet<string> StopAfter { get; }

    public HashSet<string> ComplementPrepositions { get; }

    public PhraseMatcher<bool> Anaphors { get; }

    public PhraseMatcher<bool> Negators { get; }

    /// <summary>Nouns that are one agreement by themselves ("a bilateral investment treaty", "an FTA").</summary>
    public HashSet<string> SpecificNouns { get; }

    /// <summary>Words that make a protocol a procedure to follow ("Covid protocols"), not a document.</summary>
    public HashSet<string> ProcedureModifiers { get; }

    /// <summary>The whole of agreements.json, for the well-known agreements it lists.</summary>
    public JsonElement Root { get; }

    private static AgreementLexicon Load()
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("agreements"));
        return new AgreementLexicon(document.RootElement.Clone());
    }

    private static HashSet<string> Set(JsonElement root, string property) => Strings(root, property).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(item => item.GetString()!).ToArray();
}
