using System.Text.Json;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;
using BharatBrief.Ingestion.Text;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>The meeting words of summits.json, compiled into matchers once.</summary>
internal sealed class SummitLexicon
{
    private static readonly Lazy<SummitLexicon> DefaultLexicon = new(Load);

    private static readonly HashSet<string> PluralTriggers = new(StringComparer.OrdinalIgnoreCase)
    {
        "summits", "meetings", "visits", "trips", "calls", "phone calls", "telephone calls", "telephone conversations", "phone conversations", "telephonic conversations", "annual summits", "annual leadership summits",
    };

    private SummitLexicon(
        PhraseMatcher<TriggerWord> triggers,
        PhraseMatcher<bool> cancelled,
        PhraseMatcher<bool> genericMarkers,
        PhraseMatcher<bool> bothLeaders,
        HashSet<string> latestClaims,
        HashSet<string> anaphors,
        HashSet<string> negations,
        Dictionary<string, string> factKeys)
    {
        Negations = negations;
        Triggers = triggers;
        Cancelled = cancelled;
        GenericMarkers = genericMarkers;
        BothLeaders = bothLeaders;
        LatestClaims = latestClaims;
        Anaphors = anaphors;
        FactKeys = factKeys;
    }

    public static SummitLexicon Default => DefaultLexicon.Value;

    public PhraseMatcher<TriggerWord> Triggers { get; }

    public PhraseMatcher<bool> Cancelled { get; }

    /// <summary>Phrases that speak of meetings in general ("annual summits", "regular calls"), not of one meeting.</summary>
    public PhraseMatcher<bool> GenericMarkers { get; }

    /// <summary>"the two leaders", "both leaders": the article's Indian and Russian leaders together.</summary>
    public PhraseMatcher<bool> BothLeaders { get; }

    /// <summary>"last", "previous": before a meeting word, the claim that it was the latest of its kind.</summary>
    public HashSet<string> LatestClaims { get; }

    /// <summary>Determiners that make a bare meeting word point back to a meeting already named ("the visit").</summary>
    public HashSet<string> Anaphors { get; }

    /// <summary>"did not hold a meeting", "no bilateral meeting": words that deny the meeting they precede.</summary>
    public HashSet<string> Negations { get; }

    /// <summary>Fact-box keys ("Visit Dates", "Venue") and what they give: "dates", "place" or "participants".</summary>
    public Dictionary<string, string> FactKeys { get; }

    private static SummitLexicon Load()
    {
        using var document = JsonDocument.Parse(GazetteerResources.Open("summits"));
        var root = document.RootElement;
        var current = Strings(root, "current").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var triggers = new List<(string, TriggerWord, bool)>();
        foreach (var group in root.GetProperty("triggers").EnumerateArray())
        {
            Slugs.TryParse(group.GetProperty("kind").GetString(), out SummitKind kind);
            foreach (var phrase in group.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()!))
            {
                // Names such as "India-Russia summit" keep their capitals; plain words match in any case.
                var caseSensitive = phrase.Any(char.IsUpper);
                triggers.Add((phrase, new TriggerWord(kind, false, PluralTriggers.Contains(phrase), current.Contains(phrase)), caseSensitive));
            }
        }
        foreach (var phrase in Strings(root, "invitations"))
        {
            triggers.Add((phrase, new TriggerWord(SummitKind.StateVisit, true, false, false), false));
        }
        var factKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.GetProperty("factKeys").EnumerateObject())
        {
            foreach (var key in property.Value.EnumerateArray())
            {
                factKeys[key.GetString()!] = property.Name;
            }
        }
        return new SummitLexicon(
            new PhraseMatcher<TriggerWord>(triggers),
            Matcher(Strings(root, "cancelled")),
            Matcher(Strings(root, "genericMarkers")),
            Matcher(Strings(root, "bothLeaders")),
            Strings(root, "latestClaims").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Strings(root, "anaphors").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Strings(root, "negations").ToHashSet(StringComparer.OrdinalIgnoreCase),
            factKeys);
    }

    private static PhraseMatcher<bool> Matcher(IEnumerable<string> phrases) => new(phrases.Select(phrase => (phrase, true, false)));

    private static IEnumerable<string> Strings(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray().Select(item => item.GetString()!).ToArray();
}
