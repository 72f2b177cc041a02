namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Applies editors' pins to the clusters the rules made: every mention pinned to one summit ends up in one cluster,
/// mentions pinned to different summits in different clusters, and a cluster's unpinned mentions follow the pin most
/// of its pinned mentions share (a later report of a merged meeting joins the merged summit).
/// </summary>
internal static class PinnedClusters
{
    public static (List<SummitCluster> Clusters, Dictionary<SummitCluster, int> PinOf) Apply(
        List<SummitCluster> clusters, IReadOnlyDictionary<MentionRef, int> pins)
    {
        var pinOf = new Dictionary<SummitCluster, int>();
        if (pins.Count == 0)
        {
            return (clusters, pinOf);
        }
        var byPin = new Dictionary<int, List<SourcedSummit>>();
        var result = new List<SummitCluster>();
        foreach (var cluster in clusters)
        {
            var pinned = cluster.Members.Where(member => pins.ContainsKey(member.Ref)).ToList();
            if (pinned.Count == 0)
            {
                result.Add(cluster);
                continue;
            }
            var major = pinned.GroupBy(member => pins[member.Ref]).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).First().Key;
            foreach (var member in cluster.Members)
            {
                var pin = pins.TryGetValue(member.Ref, out var own) ? own : major;
                if (!byPin.TryGetValue(pin, out var list))
                {
                    byPin[pin] = list = [];
                }
                list.Add(member);
            }
        }
        foreach (var (pin, members) in byPin.OrderBy(entry => entry.Key))
        {
            var ordered = members.OrderByDescending(member => member.Informativeness).ThenBy(member => member.Ref.ArticleId).ToList();
            var cluster = new SummitCluster(ordered[0]);
            foreach (var member in ordered.Skip(1))
            {
                cluster.Add(member);
            }
            pinOf[cluster] = pin;
            result.Add(cluster);
        }
        return (result, pinOf);
    }
}
