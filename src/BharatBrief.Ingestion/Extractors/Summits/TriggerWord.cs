using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>A word that reports a meeting, the kind of meeting it suggests, and whether it is an invitation to one.</summary>
/// <param name="IsEntryHead">
/// True for the head of an entry in a list of the leaders' contacts ("2 March, phone."): the entry names no one, so
/// its leaders are the two the article is about.
/// </param>
/// <param name="IsElided">
/// True for "The first came on February 24" after a sentence about the leaders' calls: the call names its leaders no
/// more than the entry head does.
/// </param>
internal sealed record TriggerWord(SummitKind Kind, bool IsInvitation, bool IsPlural, bool IsPresentTense, bool IsEntryHead = false, bool IsElided = false);
