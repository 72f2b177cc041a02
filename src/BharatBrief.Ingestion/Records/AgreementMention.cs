using BharatBrief.Ingestion.Dates;

namespace BharatBrief.Ingestion.Records;

/// <summary>One agreement as one article names it, with every status the article's words support.</summary>
/// <param name="Name">The long form when the article gives one ("Reciprocal Exchange of Logistic Support").</param>
/// <param name="Aliases">Other names in the article: acronyms ("RELOS"), short forms.</param>
/// <param name="Kind">Treaty, agreement, contract, MoU, programme, commitment, mechanism, credit line, offer or project.</param>
/// <param name="Status">The latest status the article supports.</param>
/// <param name="Date">When it reached <paramref name="Status"/>, at the precision supported; null when unknown.</param>
/// <param name="SummitIndex">Index into the article's summits of the meeting it was signed or announced at.</param>
/// <param name="Statuses">Each status claim with the sentence that makes it, in the order of the text.</param>
/// <param name="Themes">Theme slugs the agreement belongs to.</param>
/// <param name="Evidence">The sentences that name it.</param>
public sealed record AgreementMention(
    string Name,
    IReadOnlyList<string> Aliases,
    AgreementKind Kind,
    AgreementStatus Status,
    PartialDate? Date,
    int? SummitIndex,
    IReadOnlyList<StatusClaim> Statuses,
    IReadOnlyList<string> Themes,
    IReadOnlyList<Evidence> Evidence);

/// <summary>A status an agreement is said to have, and the words that say it.</summary>
public sealed record StatusClaim(AgreementStatus Status, Evidence Evidence);
