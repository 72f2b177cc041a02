using System.Buffers;
using System.Text.Json;

namespace BharatBrief.Ingestion.Extractors.Figures;

/// <summary>The words figures are read with, from the embedded units.json. Immutable and shared.</summary>
internal sealed class FigureVocabulary
{
    private static readonly Lazy<FigureVocabulary> DefaultVocabulary = new(() => Load(Gazetteers.GazetteerResources.Open("units")));

    private FigureVocabulary(JsonElement root)
    {
        var currencies = root.GetProperty("currencies").EnumerateArray().ToArray();
        CurrenciesBefore = MarkersOf(currencies, "before");
        CurrenciesAfter = MarkersOf(currencies, "after");
        CurrencyPrefixes = [.. CurrenciesBefore.Select(marker => marker.Tokens)];
        CurrencyStarts = new WordSet(CurrenciesBefore.Select(marker => marker.Tokens[0]));
        Scales = new WordTable<decimal>(NumbersOf(root.GetProperty("scales")));
        JoinedScales = new WordTable<decimal>(NumbersOf(root.GetProperty("joinedScales")));
        NumberWords = new WordTable<decimal>(NumbersOf(root.GetProperty("numberWords")));
        NumberWordSearch = SearchValues.Create([.. NumberWords.Keys], StringComparison.OrdinalIgnoreCase);
        PercentSigns = [.. StringsOf(root, "percentSigns").Select(TokensOf)];
        Durations = new WordTable<DurationUnit>(root.GetProperty("durations").EnumerateObject()
            .Select(unit => KeyValuePair.Create(unit.Name, new DurationUnit(unit.Value.GetProperty("unit").GetString()!, unit.Value.GetProperty("factor").GetInt32()))));
        DurationLeads = new WordSet(StringsOf(root, "durationLeads"));
        TimeWindows = new WordSet(StringsOf(root, "timeWindows"));
        CountNouns = new WordSet(StringsOf(root, "countNouns"));
        NotCounted = new WordSet(StringsOf(root, "notCounted"));
        Approximators = [.. StringsOf(root, "approximators").Select(TokensOf).OrderByDescending(tokens => tokens.Length)];
        ReferenceWords = new WordSet(StringsOf(root, "referenceWords"));
        Months = new WordSet(StringsOf(root, "months"));
        OrdinalSuffixes = new WordSet(StringsOf(root, "ordinalSuffixes"));
        Verbs = new WordSet(StringsOf(root, "verbs"));
        FunctionWords = new WordSet(StringsOf(root, "functionWords"));
        Determiners = new WordSet(StringsOf(root, "determiners"));
        PhraseLinks = new WordSet(StringsOf(root, "phraseLinks"));
        AppositiveLeads = new WordSet(StringsOf(root, "appositiveLeads"));
        KnownNames = new HashSet<string>(StringsOf(root, "knownNames"), StringComparer.Ordinal);
        NotAdverbs = new WordSet(StringsOf(root, "notAdverbs"));
    }

    public static FigureVocabulary Default => DefaultVocabulary.Value;

    public IReadOnlyList<CurrencyMarker> CurrenciesBefore { get; }

    public IReadOnlyList<CurrencyMarker> CurrenciesAfter { get; }

    /// <summary>The tokens of <see cref="CurrenciesBefore"/>, longest first.</summary>
    public IReadOnlyList<string[]> CurrencyPrefixes { get; }

    /// <summary>The first token of every currency written before its number ("$", "Rs", "US"): where money may start.</summary>
    public WordSet CurrencyStarts { get; }

    public WordTable<decimal> Scales { get; }

    /// <summary>Scales that count only when written against the number, as "bn" in "$20bn".</summary>
    public WordTable<decimal> JoinedScales { get; }

    public WordTable<decimal> NumberWords { get; }

    /// <summary>Finds the number words in a text at once, to skip sentences that hold no number.</summary>
    public SearchValues<string> NumberWordSearch { get; }

    public IReadOnlyList<string[]> PercentSigns { get; }

    public WordTable<DurationUnit> Durations { get; }

    /// <summary>Words before a span of time that make it a duration: "for two decades".</summary>
    public WordSet DurationLeads { get; }

    /// <summary>Words that make "the past two years" a window of time rather than a claim.</summary>
    public WordSet TimeWindows { get; }

    /// <summary>Nouns a spelled-out number may count ("two squadrons"); digits may count any plural.</summary>
    public WordSet CountNouns { get; }

    public WordSet NotCounted { get; }

    /// <summary>"nearly", "more than" …, longest first.</summary>
    public IReadOnlyList<string[]> Approximators { get; }

    /// <summary>Words a number only labels: "Section 370", "Phase 2".</summary>
    public WordSet ReferenceWords { get; }

    public WordSet Months { get; }

    public WordSet OrdinalSuffixes { get; }

    public WordSet Verbs { get; }

    public WordSet FunctionWords { get; }

    /// <summary>"the", "its", "both" …: before a spelled-out number they make it a reference ("the two leaders"), not a count.</summary>
    public WordSet Determiners { get; }

    /// <summary>Prepositions a noun phrase may run through: "imports from Russia", "share of India's oil imports".</summary>
    public WordSet PhraseLinks { get; }

    /// <summary>Words that open an aside giving a value after a comma: "the deal, worth $3 billion".</summary>
    public WordSet AppositiveLeads { get; }

    /// <summary>Names that keep their capital even where no other sentence shows it: "India", "Russian".</summary>
    public IReadOnlySet<string> KnownNames { get; }

    /// <summary>Words ending in -ly that are not adverbs: "supply", "family".</summary>
    public WordSet NotAdverbs { get; }

    public static FigureVocabulary Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        return new FigureVocabulary(document.RootElement);
    }

    /// <summary>The words and symbols a phrase is made of, as the figure tokenizer splits sentences.</summary>
    public static string[] TokensOf(string phrase) =>
        [.. FigureTokenizer.Tokenize(phrase).Select(token => phrase.Substring(token.Start, token.Length))];

    private static CurrencyMarker[] MarkersOf(JsonElement[] currencies, string position) =>
        [.. currencies
            .SelectMany(currency => currency.GetProperty(position).EnumerateArray()
                .Select(marker => new CurrencyMarker(currency.GetProperty("code").GetString()!, TokensOf(marker.GetString()!))))
            .OrderByDescending(marker => marker.Tokens.Length)];

    private static IEnumerable<KeyValuePair<string, decimal>> NumbersOf(JsonElement table) =>
        table.EnumerateObject().Select(entry => KeyValuePair.Create(entry.Name, entry.Value.GetDecimal()));

    private static IEnumerable<string> StringsOf(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(value => value.GetString()!);
}
