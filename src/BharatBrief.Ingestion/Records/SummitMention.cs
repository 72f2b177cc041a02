namespace BharatBrief.Ingestion.Records;

/// <summary>
/// One leaders' meeting as one article reports, announces or recalls it. All the article's words about the same
/// meeting ("the visit", "his Moscow trip", "the summit") are gathered into one mention with several pieces of evidence.
/// </summary>
/// <param name="Kind">Annual summit, state visit, informal summit, multilateral, phone call or meeting.</param>
/// <param name="Status">Planned, held or cancelled, as of the article.</param>
/// <param name="Date">When, as the article says it; null when it does not.</param>
/// <param name="City">Where, from the gazetteer ("Moscow"); null when unstated.</param>
/// <param name="Country">The country of <paramref name="City"/>, or the host country when only that is stated.</param>
/// <param name="Venue">A named venue ("Novo-Ogaryovo").</param>
/// <param name="Forum">The multilateral forum the meeting took place at ("BRICS").</param>
/// <param name="Ordinal">The annual summit's number when the article states it ("22nd").</param>
/// <param name="Participants">Leaders named as meeting, by their canonical names.</param>
/// <param name="ClaimsLatest">
/// True when the article presents this meeting as the most recent of its kind ("the last summit took place in 2021"):
/// a claim that later sources can contradict.
/// </param>
/// <param name="Evidence">The sentences that report the meeting, the most informative first.</param>
/// <param name="Themes">Theme slugs the evidence speaks of.</param>
public sealed record SummitMention(
    SummitKind Kind,
    SummitStatus Status,
    MentionDate? Date,
    string? City,
    string? Country,
    string? Venue,
    string? Forum,
    int? Ordinal,
    IReadOnlyList<string> Participants,
    bool ClaimsLatest,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> Themes);
