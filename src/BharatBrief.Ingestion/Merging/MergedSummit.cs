using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>One real meeting, merged from every mention of it in every article.</summary>
/// <param name="Mentions">The mentions merged into it, most informative first.</param>
/// <param name="Title">"22nd India–Russia Annual Summit, Moscow".</param>
/// <param name="OrdinalIsDerived">True when the ordinal was not stated but follows from a neighbouring numbered summit.</param>
/// <param name="Conflicts">Fields on which sources disagree, each with every claim.</param>
/// <param name="PinnedTo">The stored summit editors pinned these mentions to, when they did.</param>
public sealed record MergedSummit(
    IReadOnlyList<MentionRef> Mentions,
    string Title,
    SummitKind Kind,
    SummitStatus Status,
    PartialDate? Start,
    PartialDate? End,
    string? City,
    string? Country,
    string? Venue,
    string? Forum,
    int? Ordinal,
    bool OrdinalIsDerived,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Themes,
    IReadOnlyList<FieldConflict> Conflicts,
    int? PinnedTo = null)
{
    /// <summary>How sure the record is of this summit, and why not more.</summary>
    public Confidence Confidence { get; init; } = Confidence.Certain;
}
