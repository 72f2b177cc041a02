using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// The words of agreements' status claims, read back from the store for one agreement's history at a time, in
/// batches of mention rows. Merging runs without them (<see cref="MentionRecords"/>): an agreement's history holds
/// every source's claim, and all of them at once would be the largest thing consolidation holds.
/// </summary>
internal static class StatusQuotes
{
    /// <summary>The quote of a claim read for merging: its words are read back when its agreement is written.</summary>
    public const string NotRead = "";

    /// <summary>The history as stored, with each claim's quote read back from the mention row it came from.</summary>
    public static async Task<List<StoredStatusChange>> HistoryAsync(
        BharatBriefDbContext db, IReadOnlyList<StatusHistoryEntry> history, MentionRows mentions, int batchSize, CancellationToken cancellationToken)
    {
        var stored = new List<StoredStatusChange>(history.Count);
        foreach (var batch in history.Chunk(batchSize))
        {
            var quotes = await ReadAsync(db, batch, mentions, cancellationToken);
            foreach (var entry in batch)
            {
                var evidence = entry.Evidence;
                var quote = evidence.Quote.Length == 0 && mentions.RowIdOf(entry.Source) is int rowId
                    && quotes.TryGetValue(new ClaimKey(rowId, entry.Status, evidence.SentenceIndex, evidence.Span.Start, evidence.Span.Length), out var read)
                    ? read
                    : evidence.Quote;
                stored.Add(new StoredStatusChange(
                    entry.Status.ToSlug(), entry.Source.ArticleId, entry.Source.Index,
                    new StoredEvidence(evidence.SentenceIndex, evidence.Span.Start, evidence.Span.Length, quote), entry.AsOf?.ToString()));
            }
        }
        return stored;
    }

    private static async Task<Dictionary<ClaimKey, string>> ReadAsync(
        BharatBriefDbContext db, IEnumerable<StatusHistoryEntry> entries, MentionRows mentions, CancellationToken cancellationToken)
    {
        int[] rowIds = [.. entries.Where(entry => entry.Evidence.Quote.Length == 0).Select(entry => mentions.RowIdOf(entry.Source)).OfType<int>().Distinct()];
        var quotes = new Dictionary<ClaimKey, string>();
        if (rowIds.Length == 0)
        {
            return quotes;
        }
        await foreach (var row in db.AgreementMentions.AsNoTracking().Where(row => rowIds.Contains(row.Id))
            .Select(row => new { row.Id, row.Statuses }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var claim in row.Statuses)
            {
                // Two claims of one mention at the same words in the same sentence quote the same text.
                quotes.TryAdd(new ClaimKey(row.Id, EnumConverters.ParseAgreementStatus(claim.Status), claim.Evidence.Sentence, claim.Evidence.Start, claim.Evidence.Length), claim.Evidence.Quote);
            }
        }
        return quotes;
    }

    private readonly record struct ClaimKey(int RowId, AgreementStatus Status, int Sentence, int Start, int Length);
}
