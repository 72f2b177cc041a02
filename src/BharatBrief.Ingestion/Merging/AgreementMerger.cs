using BharatBrief.Ingestion.Extractors.Agreements;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Merges agreement mentions across articles (RELOS = Reciprocal Exchange of Logistic Support); the status is the
/// latest any source supports, with every source's claim kept as history.
/// </summary>
internal static class AgreementMerger
{
    /// <summary>Groups the mentions of one real agreement; needs nothing of the summits, so it may run beside their merging.</summary>
    public static List<AgreementCluster> Cluster(IReadOnlyList<ArticleFacts> articles, IReadOnlySet<MentionRef> detached)
    {
        var clusters = new List<AgreementCluster>();
        var byWord = new Dictionary<string, List<AgreementCluster>>(StringComparer.OrdinalIgnoreCase);
        var mentions = articles
            .SelectMany(article => article.Agreements.Select((mention, index) => (Ref: new MentionRef(article.ArticleId, index), Mention: mention, article.AsOf)))
            .Where(item => !detached.Contains(item.Ref))
            .OrderByDescending(item => item.Mention.Aliases.Count).ThenByDescending(item => item.Mention.Name.Length);
        var byKnown = new Dictionary<KnownAgreement, AgreementCluster>();
        foreach (var (reference, mention, asOf) in mentions)
        {
            var words = AgreementNames.KeyOf(mention.Name).Concat(mention.Aliases).Append(mention.Name).ToArray();
            // A well-known agreement is one cluster whatever each article called it; others join by acronyms and names.
            var known = mention.Aliases.Select(KnownAgreements.Default.Named).FirstOrDefault(entry => entry is not null) ?? KnownAgreements.Default.Find(mention.Name);
            var cluster = known is not null ? byKnown.GetValueOrDefault(known)
                : words.SelectMany(word => byWord.GetValueOrDefault(word) ?? []).Distinct().FirstOrDefault(candidate => candidate.IsSameAs(mention));
            if (cluster is null)
            {
                cluster = new AgreementCluster { Known = known };
                clusters.Add(cluster);
                if (known is not null)
                {
                    byKnown[known] = cluster;
                }
            }
            cluster.Add(reference, mention, asOf);
            foreach (var word in words)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }
                if (!list.Contains(cluster))
                {
                    list.Add(cluster);
                }
            }
        }
        return clusters;
    }

    /// <summary>
    /// The agreements the store shows: in a store that tells each agreement many times over, one article alone
    /// ("Modi and Putin cover trade targets", a headline misread) does not make an agreement.
    /// </summary>
    public static List<AgreementCluster> Attested(List<AgreementCluster> clusters)
    {
        var articlesNeeded = StoreCoverage.ArticlesNeeded(StoreCoverage.IsWellCovered(clusters.Select(cluster => cluster.ArticleCount)));
        return clusters.Where(cluster => cluster.ArticleCount >= articlesNeeded).ToList();
    }

    /// <summary>One agreement per cluster, tied to the summit (by its index in the merged list) where a source places it.</summary>
    public static List<MergedAgreement> Build(List<AgreementCluster> clusters, IReadOnlyDictionary<MentionRef, int> summitIndexOf) =>
        clusters.Select(cluster => Build(cluster, summitIndexOf)).OrderBy(agreement => agreement.Name, StringComparer.OrdinalIgnoreCase).ToList();

    private static MergedAgreement Build(AgreementCluster cluster, IReadOnlyDictionary<MentionRef, int> summitIndexOf)
    {
        var members = cluster.Members;
        // The canonical name of a well-known agreement; else the most name-like (capitalised), then the fullest, but a
        // readable one: a name of more than MaxNameWords words is a description, kept as an alias.
        var name = cluster.Known?.Name ?? members.Select(member => member.Mention.Name).Where(candidate => !IsAcronym(candidate))
            .OrderByDescending(candidate => WordCount(candidate) <= MaxNameWords)
            .ThenByDescending(candidate => candidate.Count(char.IsUpper) > 1).ThenByDescending(candidate => candidate.Length)
            .FirstOrDefault() ?? members[0].Mention.Name;
        var aliases = (cluster.Known?.Aliases ?? []).Concat(cluster.Aliases).Concat(members.Select(member => member.Mention.Name))
            .Where(alias => !alias.Equals(name, StringComparison.OrdinalIgnoreCase) && !IsNameWithKindNoun(alias, name))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var kind = cluster.Known?.Kind ?? members.Select(member => member.Mention.Kind).Where(candidate => candidate != AgreementKind.Agreement)
            .GroupBy(candidate => candidate).OrderByDescending(group => group.Count()).Select(group => (AgreementKind?)group.Key).FirstOrDefault() ?? AgreementKind.Agreement;
        var status = members.Max(member => member.Mention.Status);
        var date = members.Where(member => member.Mention.Status == status && member.Mention.Date is not null)
            .Select(member => member.Mention.Date!.Value).OrderByDescending(candidate => candidate.Precision).Cast<Dates.PartialDate?>().FirstOrDefault();
        var summit = members.Where(member => member.Mention.SummitIndex is not null)
            .Select(member => summitIndexOf.TryGetValue(new MentionRef(member.Ref.ArticleId, member.Mention.SummitIndex!.Value), out var index) ? index : (int?)null)
            .FirstOrDefault(index => index is not null);
        var themes = members.SelectMany(member => member.Mention.Themes).GroupBy(theme => theme)
            .OrderByDescending(group => group.Count()).Select(group => group.Key).ToArray();
        var history = members.SelectMany(member => member.Mention.Statuses.Select(claim => new StatusHistoryEntry(claim.Status, member.Ref, claim.Evidence, member.AsOf.Value)))
            .OrderBy(entry => entry.Status).ThenBy(entry => entry.AsOf?.FirstDay ?? DateOnly.MinValue).ToArray();
        return new MergedAgreement(members.Select(member => member.Ref).ToArray(), name, aliases, kind, status, date, summit, themes, history);
    }

    private const int MaxNameWords = 14;

    private static readonly string[] KindNouns = [" agreement", " pact", " treaty", " accord", " deal", " contract"];

    /// <summary>"Reciprocal Exchange of Logistics Support agreement" is the name "Reciprocal Exchange of Logistics Support" and says nothing more.</summary>
    private static bool IsNameWithKindNoun(string alias, string name) =>
        alias.StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && KindNouns.Any(noun => alias.Length == name.Length + noun.Length && alias.EndsWith(noun, StringComparison.OrdinalIgnoreCase));

    private static int WordCount(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsAcronym(string name) => name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');
}
