using BharatBrief.Ingestion.Extractors.Agreements;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>The mentions gathered for one real agreement.</summary>
internal sealed class AgreementCluster
{
    public List<(MentionRef Ref, AgreementMention Mention, AsOfDate AsOf)> Members { get; } = [];

    public HashSet<string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<int> _articles = [];

    public int ArticleCount => _articles.Count;

    /// <summary>The well-known agreement the cluster is, when it is one (agreements.json, "known").</summary>
    public KnownAgreement? Known { get; init; }

    /// <summary>The distinct name keys of the members: a much-reported agreement has many mentions but few names.</summary>
    public List<IReadOnlySet<string>> Keys { get; } = [];

    private readonly HashSet<string> _keySignatures = [];

    public void Add(MentionRef reference, AgreementMention mention, AsOfDate asOf)
    {
        Members.Add((reference, mention, asOf));
        _articles.Add(reference.ArticleId);
        Aliases.UnionWith(mention.Aliases);
        var key = AgreementNames.KeyOf(mention.Name);
        if (_keySignatures.Add(string.Join(' ', key.Order(StringComparer.Ordinal))))
        {
            Keys.Add(key);
        }
    }

    /// <summary>
    /// One agreement when they share an acronym and their names do not contradict, or when one name's content words
    /// contain the other's and say enough (two words or more) not to be a generic "free trade agreement".
    /// </summary>
    public bool IsSameAs(AgreementMention mention)
    {
        var key = AgreementNames.KeyOf(mention.Name);
        // An acronym declared for this agreement ("… Support (RELOS)") names it wherever it appears ("the RELOS pact").
        if (key.Any(Aliases.Contains) || mention.Aliases.Any(alias => Keys.Any(ours => ours.Contains(alias.ToLowerInvariant()))))
        {
            return true;
        }
        var sharedAlias = mention.Aliases.Any(Aliases.Contains) || Aliases.Contains(mention.Name);
        foreach (var ours in Keys)
        {
            if (ours.SetEquals(key) && key.Count > 0)
            {
                return true;
            }
            var nested = AgreementNames.AreSameAgreement(ours, key);
            if (sharedAlias && (nested || ours.Count == 0 || key.Count == 0 || ours.Overlaps(key)))
            {
                return true;
            }
            if (nested && Math.Min(ours.Count, key.Count) >= 2)
            {
                return true;
            }
        }
        return false;
    }
}
