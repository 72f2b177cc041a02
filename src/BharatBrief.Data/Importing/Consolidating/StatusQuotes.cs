using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing.Writing;
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
    /// <summary>The evidence of the claim at <paramref name="position"/> among its mention's claims, to be read back when its agreement is written.</summary>
    public static Evidence Placeholder(int position) => new(position, default, NotRead);

    private const string NotRead = "\u0000not read";

    /// <summary>The history as stored, with each claim's quote read back from the mention row it came from.</summary>
    public static async Task<List<StoredStatusChange>> HistoryAsync(
        BharatBriefDbContext db, IReadOnlyList<StatusHistoryEntry> history, MentionRows mentions, int batchSize, CancellationToken cancellationToken)
    {
        var stored = new List<StoredStatusChange>(history.Count);
        foreach (var batch in history.Chunk(batchSize))
        {
            var claims = await ReadAsync(db, batch, mentions, cancellationToken);
            foreach (var entry in batch)
            {
                var evidence = IsPlaceholder(entry.Evidence) && mentions.RowIdOf(entry.Source) is int rowId
                    && claims.TryGetValue((rowId, entry.Evidence.SentenceIndex), out var claim)
                    ? claim.Evidence
                    : MentionMapper.ToStored(entry.Evidence);
                stored.Add(new StoredStatusChange(entry.Status.ToSlug(), entry.Source.ArticleId, entry.Source.Index, evidence, entry.AsOf?.ToString()));
            }
        }
        return stored;
    }

    private static bool IsPlaceholder(Evidence evidence) => ReferenceEquals(evidence.Quote, NotRead);

    /// <summary>The stored claims of the entries' mention rows, by row and position.</summary>
    private static async Task<Dictionary<(int RowId, int Position), StoredStatusClaim>> ReadAsync(
        BharatBriefDbContext db, IEnumerable<StatusHistoryEntry> entries, MentionRows mentions, CancellationToken cancellationToken)
    {
        int[] rowIds = [.. entries.Where(entry => IsPlaceholder(entry.Evidence)).Select(entry => mentions.RowIdOf(entry.Source)).OfType<int>().Distinct()];
        var claims = new Dictionary<(int RowId, int Position), StoredStatusClaim>();
        if (rowIds.Length == 0)
        {
            return claims;
        }
        await foreach (var row in db.AgreementMentions.AsNoTracking().Where(row => rowIds.Contains(row.Id))
            .Select(row => new { row.Id, row.Statuses }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            for (var position = 0; position < row.Statuses.Count; position++)
            {
                claims[(row.Id, position)] = row.Statuses[position];
            }
        }
        return claims;
    }
}
