using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Finds where sources disagree, keeping every claim with its source: a meeting one source reports held and another
/// cancelled, and a "last summit" that later reported summits contradict ("the last summit took place in 2021" beside
/// the 22nd summit of 2024).
/// </summary>
internal static class ConflictFinder
{
    public const string LatestSummitField = "latest annual summit";

    public static Dictionary<SummitCluster, List<FieldConflict>> Find(IReadOnlyList<SummitCluster> clusters)
    {
        var conflicts = clusters.ToDictionary(cluster => cluster, _ => new List<FieldConflict>());
        foreach (var cluster in clusters)
        {
            var held = cluster.Members.FirstOrDefault(member => member.Mention.Status == SummitStatus.Held);
            var cancelled = cluster.Members.FirstOrDefault(member => member.Mention.Status == SummitStatus.Cancelled);
            if (held is not null && cancelled is not null)
            {
                conflicts[cluster].Add(new FieldConflict("status", [Claim("held", held), Claim("cancelled", cancelled)]));
            }
            if (DateConflict(cluster) is { } dates)
            {
                conflicts[cluster].Add(dates);
            }
        }
        var heldAnnual = clusters.Where(cluster => cluster.Kind == SummitKind.AnnualSummit && cluster.Dates is not null
            && cluster.HasStatus(SummitStatus.Held)).OrderBy(cluster => cluster.Dates!.Start.FirstDay).ToList();
        foreach (var cluster in clusters.Where(cluster => cluster.HasLatestClaim && cluster.Dates is not null))
        {
            if (LatestClaimConflict(cluster, heldAnnual) is { } conflict)
            {
                conflicts[conflict.Claimed].Add(conflict.Value);
                conflicts[conflict.Witness].Add(conflict.Value);
            }
        }
        return conflicts;
    }

    /// <summary>
    /// The first held annual summit after the one claimed to be the latest, that a claimant wrote after and did not
    /// itself report ("the previous summit" in an article about a later one is previous to that one). One conflict per
    /// claimed summit: every claimant once, and the later summit's best report.
    /// </summary>
    private static (SummitCluster Claimed, SummitCluster Witness, FieldConflict Value)? LatestClaimConflict(SummitCluster cluster, List<SummitCluster> heldAnnual)
    {
        var claimedEnd = (cluster.Dates!.End ?? cluster.Dates.Start).LastDay;
        var claimants = cluster.Members.Where(member => member.Mention.ClaimsLatest).ToList();
        foreach (var later in heldAnnual)
        {
            if (later == cluster || later.Dates!.Start.FirstDay <= claimedEnd)
            {
                continue;
            }
            var contradicted = claimants
                .Where(claimant => (claimant.AsOf.Value?.LastDay ?? DateOnly.MaxValue) >= later.Dates.Start.FirstDay && !later.Includes(claimant.Ref.ArticleId))
                .DistinctBy(claimant => claimant.Ref.ArticleId)
                .ToList();
            if (contradicted.Count == 0)
            {
                continue;
            }
            var witness = later.Members.OrderByDescending(member => member.Informativeness).ThenBy(member => member.Ref.ArticleId).First();
            var laterValue = later.Ordinal is { } ordinal ? $"{later.Dates.Start} ({SummitTitles.Ordinal(ordinal)} summit)" : later.Dates.Start.ToString();
            var claims = contradicted.Select(claimant => Claim(cluster.Dates.Start.ToString(), claimant)).Append(Claim(laterValue, witness)).ToArray();
            return (cluster, later, new FieldConflict(LatestSummitField, claims));
        }
        return null;
    }

    /// <summary>Members that give dates which cannot be the meeting's (joined by the summit's number): each other date once, beside the meeting's.</summary>
    private static FieldConflict? DateConflict(SummitCluster cluster)
    {
        if (cluster.Dates is not { } meeting)
        {
            return null;
        }
        var others = cluster.Members
            .Where(member => member.Dates is { } dates && !MeetingDates.CanBeSameMeeting(meeting, dates))
            .GroupBy(member => member.Dates!.ToString())
            .Select(group => group.OrderByDescending(member => member.Informativeness).ThenBy(member => member.Ref.ArticleId).First())
            .Take(MaxDateClaims)
            .ToList();
        if (others.Count == 0)
        {
            return null;
        }
        var witness = cluster.Members.Where(member => member.Dates is { } dates && dates.ToString() == meeting.ToString())
            .OrderByDescending(member => member.Informativeness).ThenBy(member => member.Ref.ArticleId).FirstOrDefault();
        var claims = others.Select(member => Claim(member.Dates!.ToString(), member));
        return new FieldConflict("date", witness is null ? [.. claims] : [Claim(meeting.ToString(), witness), .. claims]);
    }

    private const int MaxDateClaims = 4;

    private static ConflictClaim Claim(string value, SourcedSummit source) =>
        new(value, source.Ref, source.Mention.Evidence.FirstOrDefault()?.Quote ?? string.Empty);
}
