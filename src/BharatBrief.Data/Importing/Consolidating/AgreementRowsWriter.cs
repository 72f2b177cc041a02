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
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<IReadOnlyList<Agreement>> WriteAsync(
        BharatBriefDbContext db,
        IReadOnlyList<MergedAgreement> merged,
        MentionRows mentions,
        IReadOnlyList<Summit> summits,
        RowCorrections corrections,
        CancellationToken cancellationToken)
    {
        MergedRow<Agreement>[] rows = [.. merged.Select(agreement =>
            new MergedRow<Agreement>(ToRow(agreement, summits), agreement.Mentions, NaturalSlugs.For(agreement), agreement.Themes))];
        await ConsolidatedRowsWriter.WriteAsync(db, rows, mentions, Themes, corrections.Apply, cancellationToken);
        return [.. rows.Select(row => row.Row)];
    }

    private static Agreement ToRow(MergedAgreement agreement, IReadOnlyList<Summit> summits) => ToRow(agreement, summits, AgreementConfidence.Of(agreement));

    private static Agreement ToRow(MergedAgreement agreement, IReadOnlyList<Summit> summits, Confidence confidence) => new()
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
        History = [.. agreement.History.Select(entry => new StoredStatusChange(
            entry.Status.ToSlug(), entry.Source.ArticleId, entry.Source.Index, MentionMapper.ToStored(entry.Evidence), entry.AsOf?.ToString()))],
    };
}
