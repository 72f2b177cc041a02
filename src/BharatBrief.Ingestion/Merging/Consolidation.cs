using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>The merged view of all stored articles.</summary>
/// <param name="Summits">One per real meeting, in date order (undated last).</param>
/// <param name="Agreements">One per real agreement.</param>
/// <param name="AsOfRefinements">Articles whose as-of date became known or more precise through the meetings they were linked to.</param>
public sealed record Consolidation(
    IReadOnlyList<MergedSummit> Summits,
    IReadOnlyList<MergedAgreement> Agreements,
    IReadOnlyDictionary<int, AsOfDate> AsOfRefinements);
