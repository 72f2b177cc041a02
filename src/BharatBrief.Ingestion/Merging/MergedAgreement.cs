using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>One real agreement, merged from every article that names it.</summary>
/// <param name="Mentions">The mentions merged into it.</param>
/// <param name="Status">The latest status any source supports.</param>
/// <param name="Date">When it reached that status, at the best precision a source gives.</param>
/// <param name="SummitIndex">Index into <see cref="Consolidation.Summits"/> of the summit it was signed or announced at.</param>
/// <param name="History">Every status claim, oldest stage first.</param>
public sealed record MergedAgreement(
    IReadOnlyList<MentionRef> Mentions,
    string Name,
    IReadOnlyList<string> Aliases,
    AgreementKind Kind,
    AgreementStatus Status,
    PartialDate? Date,
    int? SummitIndex,
    IReadOnlyList<string> Themes,
    IReadOnlyList<StatusHistoryEntry> History);

/// <summary>A status a source gives an agreement, with its words and the source's as-of date.</summary>
public sealed record StatusHistoryEntry(AgreementStatus Status, MentionRef Source, Evidence Evidence, PartialDate? AsOf);
