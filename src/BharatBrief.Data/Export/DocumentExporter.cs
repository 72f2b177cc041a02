using System.Globalization;
using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Export;

/// <summary>Reads what readers see of the store (not the articles of an ingest still to consolidate) into the document of docs/export.md.</summary>
public sealed class DocumentExporter(IDbContextFactory<BharatBriefDbContext> contexts, TimeProvider time)
{
    public async Task<ExportDocument> BuildAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One snapshot for every query: an ingest's consolidation committing between two of them would otherwise give
        // mentions of articles the document does not hold.
        await using var snapshot = await StoreDialect.Of(db).BeginSnapshotAsync(db, cancellationToken);
        var articles = await db.VisibleArticles.AsNoTracking()
            .Select(a => new { a.Id, a.Slug, a.Title, a.SourceName, a.PublishedOn, a.AsOf, a.AsOfBasis })
            .ToListAsync(cancellationToken);
        var slugOf = articles.ToDictionary(a => a.Id, a => a.Slug);
        var articleThemes = await db.VisibleArticleThemes.AsNoTracking().OrderBy(t => t.Rank).ToListAsync(cancellationToken);
        var themesOf = articleThemes.ToLookup(t => t.ArticleId);

        var summits = await db.Summits.AsNoTracking().Include(s => s.Themes).ToListAsync(cancellationToken);
        var summitSlugOf = summits.ToDictionary(s => s.Id, s => s.Slug);
        var summitSources = SourcesBy(
            await db.SummitMentions.AsNoTracking().Where(m => m.SummitId != null)
                .Select(m => new MentionEvidence(m.SummitId!.Value, m.ArticleId, m.Index, m.Evidence)).ToListAsync(cancellationToken),
            slugOf);
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Themes).ToListAsync(cancellationToken);
        var agreementSources = SourcesBy(
            await db.AgreementMentions.AsNoTracking().Where(m => m.AgreementId != null)
                .Select(m => new MentionEvidence(m.AgreementId!.Value, m.ArticleId, m.Index, m.Evidence)).ToListAsync(cancellationToken),
            slugOf);
        var figures = await db.VisibleFigures.AsNoTracking().OrderBy(f => f.ArticleId).ThenBy(f => f.Index)
            .Select(f => new { f.ArticleId, f.What, f.Value, f.Evidence }).ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken);

        return new ExportDocument(
            time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [.. articles.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(a => new ExportArticle(
                a.Slug, a.Title, a.SourceName, a.PublishedOn, a.AsOf, a.AsOfBasis,
                [.. themesOf[a.Id].Select(t => new ExportArticleTheme(t.ThemeSlug, Math.Round(t.Weight, 3)))]))],
            [.. summits.OrderBy(s => s.StartsOn is null).ThenBy(s => s.StartsOn).ThenBy(s => s.Slug, StringComparer.Ordinal)
                .Select(s => ToExport(s, summitSources[s.Id], slugOf))],
            [.. agreements.OrderBy(a => a.Slug, StringComparer.Ordinal)
                .Select(a => ToExport(a, agreementSources[a.Id], a.SummitId is int id ? summitSlugOf.GetValueOrDefault(id) : null, slugOf))],
            [.. themes.Select(t => new ExportTheme(t.Slug, t.Name, [.. articleThemes
                .Where(at => at.ThemeSlug == t.Slug)
                .OrderByDescending(at => at.Weight).ThenBy(at => slugOf[at.ArticleId], StringComparer.Ordinal)
                .Select(at => slugOf[at.ArticleId])]))],
            FigureGroups.Of(figures.Select(f => (f.ArticleId, f.What, f.Value, f.Evidence)), slugOf));
    }

    /// <summary>Writes the document as UTF-8 JSON.</summary>
    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken = default) =>
        await ExportJson.SerializeAsync(stream, await BuildAsync(cancellationToken), cancellationToken);

    private static ExportSummit ToExport(Summit s, IEnumerable<ExportSource> sources, IReadOnlyDictionary<int, string> slugOf) => new(
        s.Slug, s.Title, s.Kind.ToSlug(), s.Status.ToSlug(), s.Start, s.End, s.City, s.Country, s.Venue, s.Ordinal,
        s.Participants,
        [.. s.Themes.Select(t => t.ThemeSlug).Order(StringComparer.Ordinal)],
        [.. sources],
        [.. s.Conflicts.Select(c => new ExportConflict(
            c.Field, [.. c.Claims.Select(claim => new ExportClaim(claim.Value, slugOf.GetValueOrDefault(claim.ArticleId, ""), claim.Quote))]))],
        s.Forum,
        s.OrdinalIsDerived,
        ExportConfidence.Of(s.Confidence, s.ConfidenceNotes));

    private static ExportAgreement ToExport(Agreement a, IEnumerable<ExportSource> sources, string? summitSlug, IReadOnlyDictionary<int, string> slugOf) => new(
        a.Slug, a.Name, a.Aliases, a.Kind.ToSlug(), a.Status.ToSlug(), a.Date,
        [.. a.Themes.Select(t => t.ThemeSlug).Order(StringComparer.Ordinal)],
        summitSlug,
        [.. sources],
        [.. a.History.Select(h =>
            new ExportStatusChange(h.Status, slugOf.GetValueOrDefault(h.ArticleId, ""), h.Evidence.Quote, h.SourceAsOf))],
        a.StatusSource,
        ExportConfidence.Of(a.Confidence, a.ConfidenceNotes));

    /// <summary>Each owner's sources: every evidence sentence of its mentions, by article then mention order, without repeats.</summary>
    private static ILookup<int, ExportSource> SourcesBy(IEnumerable<MentionEvidence> mentions, IReadOnlyDictionary<int, string> slugOf) =>
        mentions
            .OrderBy(m => m.ArticleId).ThenBy(m => m.Index)
            .SelectMany(m => m.Evidence.Select(e => (m.OwnerId, Source: new ExportSource(slugOf[m.ArticleId], e.Quote))))
            .Distinct()
            .ToLookup(pair => pair.OwnerId, pair => pair.Source);
}
