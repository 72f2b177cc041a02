using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>Turns stored mention rows back into the pipeline's records, so that consolidation sees what parsing produced.</summary>
internal static class MentionRecords
{
    /// <summary>
    /// The record merging reads: a summit mention's first quote is all it quotes (in conflicts, and to order mentions by
    /// what they say), and an agreement mention's quotes are in its status claims; the rest stay in the store.
    /// </summary>
    public static SummitMention ToMergingRecord(SummitMentionRow row) => new(
        row.Kind,
        row.Status,
        DateOf(row.DateText, row.DateOrientation, row.DateStart, row.DateEnd, row.DateDependsOnAsOf),
        row.City,
        row.Country,
        row.Venue,
        row.Forum,
        row.Ordinal,
        row.Participants,
        row.ClaimsLatest,
        [.. row.Evidence.Take(1).Select(ToEvidence)],
        row.Themes);

    /// <inheritdoc cref="ToMergingRecord(SummitMentionRow)"/>
    public static AgreementMention ToMergingRecord(AgreementMentionRow row) => new(
        row.Name,
        row.Aliases,
        row.Kind,
        row.Status,
        PartialDate.TryParse(row.Date, out var date) ? date : null,
        row.SummitIndex,
        [.. row.Statuses.Select(claim => new StatusClaim(EnumConverters.ParseAgreementStatus(claim.Status), ToEvidence(claim.Evidence)))],
        row.Themes,
        []);

    public static AsOfDate AsOfOf(string? value, string basis, bool isLowerBound) => new(PartialDate.TryParse(value, out var date) ? date : null, basis, isLowerBound);

    public static Evidence ToEvidence(StoredEvidence evidence) => new(evidence.Sentence, new TextSpan(evidence.Start, evidence.Length), evidence.Quote);

    private static MentionDate? DateOf(string? text, TimeOrientation? orientation, string? start, string? end, bool dependsOnAsOf)
    {
        if (text is null)
        {
            return null;
        }
        var resolved = PartialDate.TryParse(start, out var first)
            ? new DateRange(first, PartialDate.TryParse(end, out var last) ? last : null)
            : null;
        return new MentionDate(text, orientation ?? TimeOrientation.Unknown, resolved, dependsOnAsOf);
    }
}
