using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Merging;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>Turns merged summits into rows and writes them over the stored ones.</summary>
internal static class SummitRowsWriter
{
    private static readonly ThemeTable<SummitTheme> Themes = new("SummitId", (summit, slug) => new SummitTheme { SummitId = summit, ThemeSlug = slug });

    /// <returns>The row of each merged summit, in the order of <paramref name="merged"/>, with its Id.</returns>
    public static async Task<IReadOnlyList<Summit>> WriteAsync(
        BharatBriefDbContext db, IReadOnlyList<MergedSummit> merged, MentionRows mentions, RowCorrections corrections, int rowsPerSave, CancellationToken cancellationToken)
    {
        // A summit row is small, and the caller wants them all (agreements point at them; the log counts their conflicts).
        Summit[] summits = [.. merged.Select(ToRow)];
        MergedRow<Summit>[] rows = [.. merged.Select((summit, i) => new MergedRow<Summit>(
            _ => Task.FromResult(summits[i]), summit.Mentions, NaturalSlugs.For(summit), summit.Themes, summit.PinnedTo))];
        await ConsolidatedRowsWriter.WriteAsync(db, rows, mentions, Themes, corrections.Apply, rowsPerSave, cancellationToken);
        return summits;
    }

    private static Summit ToRow(MergedSummit summit) => new()
    {
        Slug = "",
        Title = summit.Title,
        Kind = summit.Kind,
        Status = summit.Status,
        Start = summit.Start?.ToString(),
        End = summit.End?.ToString(),
        StartsOn = summit.Start?.FirstDay,
        Year = summit.Start?.Year,
        City = summit.City,
        Country = summit.Country,
        Venue = summit.Venue,
        Forum = summit.Forum,
        Ordinal = summit.Ordinal,
        OrdinalIsDerived = summit.OrdinalIsDerived,
        Participants = [.. summit.Participants],
        Confidence = summit.Confidence.Score,
        ConfidenceNotes = [.. summit.Confidence.Notes],
        // One entry per field with each source's claim once, however often the merge reported the disagreement.
        Conflicts = [.. summit.Conflicts.GroupBy(conflict => conflict.Field).Select(field => new StoredConflict(
            field.Key,
            [.. field.SelectMany(conflict => conflict.Claims)
                .DistinctBy(claim => (claim.Value, claim.Source.ArticleId))
                .Select(claim => new StoredConflictClaim(claim.Value, claim.Source.ArticleId, claim.Quote))]))],
    };
}
