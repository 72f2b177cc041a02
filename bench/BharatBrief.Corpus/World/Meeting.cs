namespace BharatBrief.Corpus.World;

/// <summary>One real meeting of the calendar, which many articles report in their own words.</summary>
/// <param name="Host">The leader who receives the other; null for phone calls and meetings in third countries.</param>
/// <param name="AnnouncedOn">From when articles can speak of it as planned.</param>
/// <param name="CancelledOn">When it was called off; null when it took place.</param>
public sealed record Meeting(
    int Id,
    MeetingKind Kind,
    DateOnly Start,
    DateOnly End,
    City? City,
    string? Venue,
    int? Ordinal,
    Forum? Forum,
    Person India,
    Person Russia,
    Person? Host,
    DateOnly AnnouncedOn,
    DateOnly? CancelledOn = null,
    string? CancelReason = null)
{
    public bool IsCancelled => CancelledOn is not null;

    public bool IsMultiDay => End > Start;

    public Person? Guest => Host is null ? null : Host == India ? Russia : India;

    /// <summary>How much news the meeting makes, relative to a phone call.</summary>
    public int NewsWeight => Kind switch
    {
        MeetingKind.AnnualSummit => 10,
        MeetingKind.StateVisit => 6,
        MeetingKind.InformalSummit => 6,
        MeetingKind.Multilateral => 4,
        _ => 1,
    };
}
