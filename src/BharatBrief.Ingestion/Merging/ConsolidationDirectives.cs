namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Editors' decisions that consolidation must respect, whatever the rules would do: mentions detached from the
/// record, and mentions pinned to a summit (merging two summits pins both's mentions to one; splitting pins each
/// part to its own).
/// </summary>
/// <param name="DetachedSummitMentions">Summit mentions left out of every summit.</param>
/// <param name="DetachedAgreementMentions">Agreement mentions left out of every agreement.</param>
/// <param name="SummitPins">The summit (by the store's key) each pinned mention belongs to.</param>
public sealed record ConsolidationDirectives(
    IReadOnlySet<MentionRef> DetachedSummitMentions,
    IReadOnlySet<MentionRef> DetachedAgreementMentions,
    IReadOnlyDictionary<MentionRef, int> SummitPins)
{
    public static readonly ConsolidationDirectives None = new(new HashSet<MentionRef>(), new HashSet<MentionRef>(), new Dictionary<MentionRef, int>());
}
