using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Merges the mentions of all articles into one summit per real meeting and one agreement per real agreement,
/// keeps the conflicts between sources, numbers annual summits next to numbered ones, and dates articles by the
/// meetings they report. Deterministic: the same articles give the same result.
/// </summary>
public static class Consolidator
{
    public static Consolidation Consolidate(IReadOnlyList<ArticleFacts> articles) => Consolidate(articles, ConsolidationDirectives.None, Gazetteer.Default);

    public static Consolidation Consolidate(IReadOnlyList<ArticleFacts> articles, ConsolidationDirectives directives) =>
        Consolidate(articles, directives, Gazetteer.Default);

    public static Consolidation Consolidate(IReadOnlyList<ArticleFacts> articles, ConsolidationDirectives directives, Gazetteer gazetteer)
    {
        // Agreements are grouped without the summits (only tied to them at the end): on the second core meanwhile.
        var agreementClusters = Task.Run(() => AgreementMerger.Cluster(articles, directives.DetachedAgreementMentions));
        var (clusters, refinements) = ClusterAndRefine(articles, directives, gazetteer);
        (clusters, var pinOf) = PinnedClusters.Apply(clusters, directives.SummitPins);
        var conflicts = ConflictFinder.Find(clusters);
        var ordinals = OrdinalDeriver.Derive(clusters, conflicts);
        // A meeting no source dates even to its year, or one only placed in a year with nothing else to tell it apart, is
        // not a summit of the record unless its number names it: its mentions stay unresolved, for editors to see, until
        // an article places it in time and space.
        var firmlyDatedByCity = clusters.Where(cluster => cluster.City is not null && cluster.Dates is not null && cluster.HasAFirmDate).ToLookup(cluster => cluster.City!);
        var meetings = clusters
            .Where(cluster => ((cluster.Dates is not null && !cluster.RestsOnWeakMentions && !IsAnEchoOfAFirmlyDatedMeeting(cluster, firmlyDatedByCity)) || cluster.Ordinal is not null || pinOf.ContainsKey(cluster))
                && !PredatesRussia(cluster))
            .ToList();
        // In a store that tells each meeting many times over, one article alone does not make a meeting, nor a date no
        // report gives in its own words, unless its number names it; an editor's pin does.
        var wellCovered = SummitConfidence.IsWellCovered(meetings);
        var articlesNeeded = StoreCoverage.ArticlesNeeded(wellCovered);
        var ordered = meetings
            .Where(cluster => (cluster.ArticleCount >= articlesNeeded && !(wellCovered && cluster.Ordinal is null && SummitConfidence.IsDatedByNoReport(cluster)))
                || pinOf.ContainsKey(cluster))
            .OrderBy(cluster => cluster.Dates is null)
            .ThenBy(cluster => cluster.Dates?.Start.FirstDay)
            .ThenBy(cluster => cluster.Members.Min(member => member.Ref.ArticleId))
            .ToList();
        var builder = new SummitBuilder(gazetteer);
        var summits = ordered.Select(cluster => builder.Build(cluster, ordinals[cluster].Ordinal, ordinals[cluster].Derived, conflicts[cluster])
            with { PinnedTo = pinOf.TryGetValue(cluster, out var pin) ? pin : null }).ToArray();
        var summitIndexOf = new Dictionary<MentionRef, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            foreach (var member in ordered[i].Members)
            {
                summitIndexOf[member.Ref] = i;
            }
        }
        var agreements = AgreementMerger.Build(AgreementMerger.Attested(agreementClusters.GetAwaiter().GetResult()), summitIndexOf)
            .Select(agreement => DatedBySummit(agreement, summits)).ToArray();
        return new Consolidation(summits, agreements, refinements);
    }

    /// <summary>The Russian Federation's first year: a meeting dated before it (the 1971 treaty, a 1983 visit) is history, not India–Russia.</summary>
    private const int FirstYearOfRussia = 1992;

    private static bool PredatesRussia(SummitCluster cluster) => cluster.Dates is { } dates && dates.Start.Year < FirstYearOfRussia;

    private const int EchoMonths = 24;

    /// <summary>
    /// A meeting no report dates firmly (every date counted from a story date that was only guessed) in a city where a
    /// firmly dated meeting took place within two years is that meeting's echo, misdated by the guess: the store does not
    /// show it as a meeting of its own. So is one whose shown date rests only on a guessed story date ("Putin's trip to
    /// New Delhi in July last year") while its reports counted from stated dates say no more than a firmly dated meeting
    /// in its city does ("Putin's trip to New Delhi last year", the year of the November summit there). Alone in its
    /// city and time, it stands, with its confidence saying the date was inferred.
    /// </summary>
    private static bool IsAnEchoOfAFirmlyDatedMeeting(SummitCluster cluster, ILookup<string, SummitCluster> firmlyDatedByCity) =>
        cluster.City is { } city
        && (!cluster.HasAFirmDate
            ? firmlyDatedByCity[city].Any(other => Math.Abs(MonthsBetween(other.Dates!.Start.FirstDay, cluster.Dates!.Start.FirstDay)) <= EchoMonths)
            : SummitConfidence.DatedOnlyByInference(cluster) is not null
                && firmlyDatedByCity[city].Any(other => other != cluster && SummitConfidence.DatedOnlyByInference(other) is null
                    && cluster.Members.Where(IsFirmlyDated).All(member => member.Dates!.Start.IsCompatibleWith(other.Dates!.Start))));

    private static bool IsFirmlyDated(SourcedSummit member) => member.Dates is not null && (member.IsDatedInFull || member.AsOf.IsStated);

    private static int MonthsBetween(DateOnly a, DateOnly b) => (a.Year - b.Year) * 12 + a.Month - b.Month;

    /// <summary>An agreement reached at a summit is dated as precisely as the summit, when the two agree.</summary>
    private static MergedAgreement DatedBySummit(MergedAgreement agreement, IReadOnlyList<MergedSummit> summits)
    {
        if (agreement.SummitIndex is not { } index || summits[index].Start is not { } start)
        {
            return agreement;
        }
        return agreement.Date is not { } date || (date.Covers(start) && start.Precision > date.Precision) ? agreement with { Date = start } : agreement;
    }

    /// <summary>
    /// The summits' clusters, read with the as-of dates the meetings they report give articles. When any article is
    /// dated anew, its relative dates resolve differently and the mentions are clustered again: the first clustering is
    /// let go before the second is made (at a large store each is a large part of what consolidation holds).
    /// </summary>
    private static (List<SummitCluster> Clusters, Dictionary<int, AsOfDate> Refinements) ClusterAndRefine(
        IReadOnlyList<ArticleFacts> articles, ConsolidationDirectives directives, Gazetteer gazetteer)
    {
        var first = ClusterSummits(articles, directives, gazetteer, new Dictionary<int, AsOfDate>());
        var refinements = Refine(articles, first);
        if (refinements.Count == 0)
        {
            return (first, refinements);
        }
        first = null;
        return (ClusterSummits(articles, directives, gazetteer, refinements), refinements);
    }

    private static Dictionary<int, AsOfDate> Refine(IReadOnlyList<ArticleFacts> articles, List<SummitCluster> clusters) =>
        AsOfRefiner.Refine(articles, clusters.SelectMany(cluster => cluster.Members.Select(member => (member.Ref, cluster))).ToDictionary(item => item.Ref, item => item.cluster));

    private static List<SummitCluster> ClusterSummits(
        IReadOnlyList<ArticleFacts> articles, ConsolidationDirectives directives, Gazetteer gazetteer, IReadOnlyDictionary<int, AsOfDate> refinements)
    {
        var sourced = articles.SelectMany(article => article.Summits.Select((mention, index) =>
                SourcedSummit.Read(new MentionRef(article.ArticleId, index), mention,
                    refinements.GetValueOrDefault(article.ArticleId) ?? article.AsOf, refinements.ContainsKey(article.ArticleId))))
            .Where(mention => !directives.DetachedSummitMentions.Contains(mention.Ref));
        return new SummitClusterer(gazetteer).Cluster(sourced);
    }
}
