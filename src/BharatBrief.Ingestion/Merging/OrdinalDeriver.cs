using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Numbers annual summits next to a numbered one: the annual summit after the 22nd, within two years and with no
/// annual summit between, is the 23rd. A summit whose sources conflict is not numbered by inference, and one called off
/// takes no number: the summit due in 2020 was not the 21st.
/// </summary>
internal static class OrdinalDeriver
{
    private const int MaxMonthsApart = 24;

    public static Dictionary<SummitCluster, (int? Ordinal, bool Derived)> Derive(
        IReadOnlyList<SummitCluster> clusters, IReadOnlyDictionary<SummitCluster, List<FieldConflict>> conflicts)
    {
        var result = clusters.ToDictionary(cluster => cluster, cluster => (cluster.Ordinal, false));
        var annual = clusters.Where(cluster => cluster.Kind == SummitKind.AnnualSummit && cluster.Dates is not null && !OnlyCalledOff(cluster))
            .OrderBy(cluster => cluster.Dates!.Start).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < annual.Count; i++)
            {
                if (result[annual[i]].Ordinal is not { } number)
                {
                    continue;
                }
                changed |= TryNumber(annual, i + 1, i, number + 1, result, conflicts);
                changed |= TryNumber(annual, i - 1, i, number - 1, result, conflicts);
            }
        }
        return result;
    }

    private static bool OnlyCalledOff(SummitCluster cluster) =>
        cluster.HasStatus(SummitStatus.Cancelled) && !cluster.HasStatus(SummitStatus.Held) && cluster.Ordinal is null;

    private static bool TryNumber(List<SummitCluster> annual, int target, int numbered, int ordinal,
        Dictionary<SummitCluster, (int? Ordinal, bool Derived)> result, IReadOnlyDictionary<SummitCluster, List<FieldConflict>> conflicts)
    {
        if (target < 0 || target >= annual.Count || ordinal < 1 || result[annual[target]].Ordinal is not null || conflicts[annual[target]].Count > 0)
        {
            return false;
        }
        var (a, b) = (annual[numbered].Dates!.Start.FirstDay, annual[target].Dates!.Start.FirstDay);
        var months = Math.Abs((b.Year - a.Year) * 12 + b.Month - a.Month);
        if (months > MaxMonthsApart || months == 0)
        {
            return false;
        }
        result[annual[target]] = (ordinal, true);
        return true;
    }
}
