using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>A word that reports a meeting, the kind of meeting it suggests, and whether it is an invitation to one.</summary>
internal sealed record TriggerWord(SummitKind Kind, bool IsInvitation, bool IsPlural, bool IsPresentTense);
