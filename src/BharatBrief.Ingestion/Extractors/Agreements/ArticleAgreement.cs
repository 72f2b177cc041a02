using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>One agreement as the article names it, built up sentence by sentence.</summary>
internal sealed class ArticleAgreement(AgreementPhrase first)
{
    private IReadOnlySet<string>? _key;

    public string Name { get; private set; } = first.Name;

    public AgreementKind Kind { get; private set; } = first.Kind;

    public List<string> Aliases { get; } = [.. first.Aliases];

    public List<StatusClaim> Claims { get; } = [];

    public List<int> Sentences { get; } = [];

    public PartialDate? Date { get; set; }

    public int? SummitIndex { get; set; }

    public int LastSentence => Sentences.Count > 0 ? Sentences[^1] : -1;

    public IReadOnlySet<string> Key => _key ??= AgreementNames.KeyOf(Name);

    public bool Matches(AgreementPhrase phrase) =>
        phrase.Aliases.Intersect(Aliases, StringComparer.OrdinalIgnoreCase).Any()
        || Aliases.Contains(phrase.Name, StringComparer.OrdinalIgnoreCase)
        || AgreementNames.AreSameAgreement(Key, phrase.Key);

    public void Absorb(AgreementPhrase phrase)
    {
        foreach (var alias in phrase.Aliases.Where(alias => !Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase)))
        {
            Aliases.Add(alias);
        }
        // The fuller name wins ("Reciprocal Exchange of Logistic Support" over "RELOS"), and a precise kind over "agreement".
        if (phrase.Name.Length > Name.Length && phrase.Aliases.Count >= 0 && !IsAcronymOnly(phrase.Name))
        {
            Name = phrase.Name;
            _key = null;
        }
        if (Kind == AgreementKind.Agreement && phrase.Kind != AgreementKind.Agreement)
        {
            Kind = phrase.Kind;
        }
    }

    public void AddEvidence(int sentenceIndex)
    {
        if (!Sentences.Contains(sentenceIndex))
        {
            Sentences.Add(sentenceIndex);
        }
    }

    public AgreementStatus? Status => Claims.Count > 0 ? Claims.Max(claim => claim.Status) : null;

    private static bool IsAcronymOnly(string name) => name.All(c => char.IsUpper(c) || char.IsDigit(c));
}
