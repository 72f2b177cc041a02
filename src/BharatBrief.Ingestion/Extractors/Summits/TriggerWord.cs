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
/// <param name="IsEarlierMeeting">
/// True for the meeting a "first meeting since …" counts from ("their first meeting since they shared a car ride in
/// Tianjin in September"): it took place, and the clause after "since" tells when and where.
/// </param>
internal sealed record TriggerWord(SummitKind Kind, bool IsInvitation, bool IsPlural, bool IsPresentTense, bool IsEntryHead = false, bool IsElided = false, bool IsEarlierMeeting = false);
