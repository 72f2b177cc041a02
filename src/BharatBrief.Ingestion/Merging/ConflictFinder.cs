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
        }
        var heldAnnual = clusters.Where(cluster => cluster.Kind == SummitKind.AnnualSummit && cluster.Dates is not null
            && cluster.Members.Any(member => member.Mention.Status == SummitStatus.Held)).ToList();
        foreach (var cluster in clusters.Where(cluster => cluster.HasLatestClaim && cluster.Dates is not null))
        {
            foreach (var claimant in cluster.Members.Where(member => member.Mention.ClaimsLatest))
            {
                var claimedEnd = (cluster.Dates!.End ?? cluster.Dates.Start).LastDay;
                var writtenBy = claimant.AsOf.Value?.LastDay ?? DateOnly.MaxValue;
                // "The previous summit" in an article about a later summit is previous to that one, not to the article.
                foreach (var later in heldAnnual.Where(other => other != cluster
                    && other.Dates!.Start.FirstDay > claimedEnd && other.Dates.Start.FirstDay <= writtenBy
                    && other.Members.All(member => member.Ref.ArticleId != claimant.Ref.ArticleId)))
                {
                    var witness = later.Members.OrderByDescending(member => member.Informativeness).First();
                    var laterValue = later.Ordinal is { } ordinal ? $"{later.Dates!.Start} ({SummitTitles.Ordinal(ordinal)} summit)" : later.Dates!.Start.ToString();
                    var conflict = new FieldConflict(LatestSummitField, [Claim(cluster.Dates.Start.ToString(), claimant), Claim(laterValue, witness)]);
                    conflicts[cluster].Add(conflict);
                    conflicts[later].Add(conflict);
                }
            }
        }
        return conflicts;
    }

    private static ConflictClaim Claim(string value, SourcedSummit source) =>
        new(value, source.Ref, source.Mention.Evidence.FirstOrDefault()?.Quote ?? string.Empty);
}
