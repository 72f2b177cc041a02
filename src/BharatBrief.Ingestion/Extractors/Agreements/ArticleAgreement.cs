using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Agreements;

/// <summary>One agreement as the article names it, built up sentence by sentence.</summary>
internal sealed class ArticleAgreement(AgreementPhrase first)
{
    private IReadOnlySet<string>? _key;

    public string Name { get; private set; } = first.Name;

    public AgreementKind Kind { get; private set; } = first.Kind;

    /// <summary>The well-known agreement this is, when it is one: the merge gives it its canonical name.</summary>
    public KnownAgreement? Known { get; private set; } = first.Known;

    public List<string> Aliases { get; } = [.. first.Aliases];

    public List<StatusClaim> Claims { get; } = [];

    public List<int> Sentences { get; } = [];

    public PartialDate? Date { get; set; }

    public int? SummitIndex { get; set; }

    public int LastSentence => Sentences.Count > 0 ? Sentences[^1] : -1;

    public IReadOnlySet<string> Key => _key ??= AgreementNames.KeyOf(Name);

    public bool Matches(AgreementPhrase phrase)
    {
        if (Known is not null && phrase.Known is not null)
        {
            return ReferenceEquals(Known, phrase.Known);
        }
        foreach (var alias in phrase.Aliases)
        {
            if (HasAlias(alias))
            {
                return true;
            }
        }
        if (HasAlias(phrase.Name))
        {
            return true;
        }
        // "the mobility agreement" is the "agreement for the mobility of workers", but a one-word name says too little to
        // make a treaty of a programme ("investment" in both).
        return AgreementNames.AreSameAgreement(Key, phrase.Key)
            && (Math.Min(Key.Count, phrase.Key.Count) >= 2 || Kind == phrase.Kind || Kind == AgreementKind.Agreement || phrase.Kind == AgreementKind.Agreement);
    }

    public void Absorb(AgreementPhrase phrase)
    {
        foreach (var alias in phrase.Aliases)
        {
            if (!HasAlias(alias))
            {
                Aliases.Add(alias);
            }
        }
        // "the logistics pact" named in full later as RELOS: one well-known agreement, whatever this article calls it.
        Known ??= phrase.Known;
        // The fuller name wins ("Reciprocal Exchange of Logistic Support" over "RELOS"), and a precise kind over "agreement".
        // A re-mention that names nothing ("more than a dozen agreements covering …") gives evidence, not a name.
        if (phrase.IsSpecific && phrase.Name.Length > Name.Length && !IsAcronymOnly(phrase.Name))
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

    public AgreementStatus? Status
    {
        get
        {
            if (Claims.Count == 0)
            {
                return null;
            }
            var latest = Claims[0].Status;
            foreach (var claim in Claims)
            {
                latest = claim.Status > latest ? claim.Status : latest;
            }
            return latest;
        }
    }

    /// <summary>Another name the article gives it, when it is a readable one.</summary>
    public void AddAlias(string name)
    {
        if (name.Length > 0 && name.Length <= MaxAliasLength && !string.Equals(name, Name, StringComparison.OrdinalIgnoreCase) && !HasAlias(name))
        {
            Aliases.Add(name);
        }
    }

    private const int MaxAliasLength = 80;

    private bool HasAlias(string name)
    {
        foreach (var alias in Aliases)
        {
            if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAcronymOnly(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
