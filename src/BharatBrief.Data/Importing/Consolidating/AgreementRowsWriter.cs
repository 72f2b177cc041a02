using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing.Writing;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>Turns merged agreements into rows and writes them over the stored ones.</summary>
internal static class AgreementRowsWriter
{
    private static readonly ThemeTable<AgreementTheme> Themes = new("AgreementId", (agreement, slug) => new AgreementTheme { AgreementId = agreement, ThemeSlug = slug });

    /// <param name="db">The store, inside the consolidation's transaction.</param>
    /// <param name="merged">The merged agreements.</param>
    /// <param name="mentions">The stored agreement mention rows.</param>
    /// <param name="summits">The row of each merged summit, which <see cref="MergedAgreement.SummitIndex"/> points into.</param>
    /// <param name="corrections">Editors' overrides of stored agreements.</param>
    /// <param name="batchSize">Mention rows whose status quotes are read back at once.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The Id of each merged agreement's row, in the order of <paramref name="merged"/>.</returns>
    public static async Task<int[]> WriteAsync(
        BharatBriefDbContext db,
        IReadOnlyList<MergedAgreement> merged,
        MentionRows mentions,
        IReadOnlyList<Summit> summits,
        RowCorrections corrections,
        int batchSize,
        CancellationToken cancellationToken)
    {
        MergedRow<Agreement>[] rows = [.. merged.Select(agreement => new MergedRow<Agreement>(
            async cancel => ToRow(agreement, summits, AgreementConfidence.Of(agreement), await StatusQuotes.HistoryAsync(db, agreement.History, mentions, batchSize, cancel)),
            agreement.Mentions, NaturalSlugs.For(agreement), agreement.Themes))];
        // An agreement row holds every source's claim with its words: each is saved and let go before the next is made.
        return await ConsolidatedRowsWriter.WriteAsync(db, rows, mentions, Themes, corrections.Apply, rowsPerSave: 1, cancellationToken);
    }

    private static Agreement ToRow(MergedAgreement agreement, IReadOnlyList<Summit> summits, Confidence confidence, List<StoredStatusChange> history) => new()
    {
        Confidence = confidence.Score,
        ConfidenceNotes = [.. confidence.Notes],
        Slug = "",
        Name = agreement.Name,
        Aliases = [.. agreement.Aliases],
        Kind = agreement.Kind,
        Status = agreement.Status,
        Date = agreement.Date?.ToString(),
        SummitId = agreement.SummitIndex is int index && index >= 0 && index < summits.Count ? summits[index].Id : null,
        History = history,
    };
}
