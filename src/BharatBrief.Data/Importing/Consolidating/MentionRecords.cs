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
    /// what they say); the rest stay in the store. Equal values share one instance from <paramref name="pool"/>.
    /// </summary>
    public static SummitMention ToMergingRecord(SummitMentionRow row, ValuePool pool) => new(
        row.Kind,
        row.Status,
        DateOf(row.DateText, row.DateOrientation, row.DateStart, row.DateEnd, row.DateDependsOnAsOf, pool),
        pool.Of(row.City),
        pool.Of(row.Country),
        pool.Of(row.Venue),
        pool.Of(row.Forum),
        row.Ordinal,
        pool.Of(row.Participants),
        row.ClaimsLatest,
        row.Evidence.Count == 0 ? [] : [pool.Record(ToEvidence(row.Evidence[0], pool))],
        pool.Of(row.Themes));

    /// <summary>
    /// The record merging reads of an agreement mention. Merging only passes its status claims' evidence on to the
    /// agreement's history, so a claim keeps neither its words nor where they are, only its position among the
    /// mention's claims (in place of a sentence index): <see cref="StatusQuotes"/> reads the evidence back for one
    /// agreement at a time as it is written. Claims then differ only by status and position, and are shared.
    /// </summary>
    public static AgreementMention ToMergingRecord(AgreementMentionRow row, ValuePool pool) => new(
        pool.Of(row.Name)!,
        pool.Of(row.Aliases),
        row.Kind,
        row.Status,
        PartialDate.TryParse(row.Date, out var date) ? date : null,
        row.SummitIndex,
        pool.Of(row.Statuses.Select((claim, position) => pool.Record(new StatusClaim(
            EnumConverters.ParseAgreementStatus(claim.Status), pool.Record(StatusQuotes.Placeholder(position))))).ToArray()),
        pool.Of(row.Themes),
        []);

    public static AsOfDate AsOfOf(string? value, string basis, bool isLowerBound) => new(PartialDate.TryParse(value, out var date) ? date : null, basis, isLowerBound);

    public static Evidence ToEvidence(StoredEvidence evidence, ValuePool pool) =>
        new(evidence.Sentence, new TextSpan(evidence.Start, evidence.Length), pool.Of(evidence.Quote)!);

    private static MentionDate? DateOf(string? text, TimeOrientation? orientation, string? start, string? end, bool dependsOnAsOf, ValuePool pool)
    {
        if (text is null)
        {
            return null;
        }
        var resolved = PartialDate.TryParse(start, out var first)
            ? new DateRange(first, PartialDate.TryParse(end, out var last) ? last : null)
            : null;
        return pool.Record(new MentionDate(pool.Of(text)!, orientation ?? TimeOrientation.Unknown, resolved, dependsOnAsOf));
    }
}
