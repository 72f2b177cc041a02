using BharatBrief.Data;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>
/// The summit page's reads: the summit with its themes, its agreements, its mentions with their evidence, and the
/// evidence its conflicts quote; articles are named from the catalog, not read.
/// </summary>
public static class SummitQuery
{
    public static async Task<SummitDetail?> LoadAsync(BharatBriefDbContext db, SearchCatalog catalog, string slug, CancellationToken cancellationToken)
    {
        var summit = await db.Summits.AsNoTracking()
            .Where(row => row.Slug == slug)
            .Select(row => new
            {
                row.Id, row.Slug, row.Title, row.Kind, row.Status, row.Start, row.End, row.City, row.Country, row.Venue, row.Forum,
                row.Ordinal, row.OrdinalIsDerived, row.Participants, row.Conflicts, row.Confidence, row.ConfidenceNotes,
                Themes = row.Themes.OrderBy(link => link.Theme!.Position).Select(link => link.ThemeSlug).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (summit is null)
        {
            return null;
        }
        var agreements = await db.Agreements.AsNoTracking()
            .Where(agreement => agreement.SummitId == summit.Id)
            .OrderBy(agreement => agreement.Name)
            .Select(agreement => new AgreementAtSummit(agreement.Slug, agreement.Name, agreement.Kind, agreement.Status, agreement.Date))
            .ToListAsync(cancellationToken);
        var mentions = await db.SummitMentions.AsNoTracking()
            .Where(mention => mention.SummitId == summit.Id)
            .Select(mention => new { mention.ArticleId, mention.Evidence })
            .ToListAsync(cancellationToken);
        var articles = (await catalog.GetAsync().WaitAsync(cancellationToken)).Articles;
        var sources = SourceArticle.From(mentions
            .Where(mention => articles.ContainsKey(mention.ArticleId))
            .Select(mention => SourceArticle.Evidenced.Of(articles[mention.ArticleId], mention.Evidence)));
        var (previous, next, inSeries) = await NeighboursAsync(db, summit.Id, summit.Kind, summit.Start, summit.Ordinal, cancellationToken);
        return new SummitDetail
        {
            Id = summit.Id, Slug = summit.Slug, Title = summit.Title, Kind = summit.Kind, Status = summit.Status,
            Start = summit.Start, End = summit.End, City = summit.City, Country = summit.Country, Venue = summit.Venue,
            Forum = summit.Forum, Ordinal = summit.Ordinal, OrdinalIsDerived = summit.OrdinalIsDerived,
            Participants = summit.Participants, Themes = summit.Themes, Agreements = agreements, Sources = sources,
            SourceGroups = Grouped(sources, mentions.Where(mention => articles.ContainsKey(mention.ArticleId))
                .Select(mention => (articles[mention.ArticleId].Slug, mention.Evidence))),
            Previous = previous, Next = next, NeighboursAreAnnual = inSeries,
            Confidence = summit.Confidence, ConfidenceNotes = summit.ConfidenceNotes,
            Conflicts = await ConflictsAsync(db, articles, summit.Conflicts, cancellationToken),
        };
    }

    /// <summary>Conflicts with each claim's article named and, when the quote is among the summit's evidence, its sentence linked.</summary>
    private static async Task<List<ConflictView>> ConflictsAsync(
        BharatBriefDbContext db, IReadOnlyDictionary<int, CatalogEntry> articles, IReadOnlyList<StoredConflict> conflicts, CancellationToken cancellationToken)
    {
        if (conflicts.Count == 0)
        {
            return [];
        }
        int[] ids = [.. conflicts.SelectMany(conflict => conflict.Claims).Select(claim => claim.ArticleId).Distinct()];
        // A claim quotes a sentence that is evidence of some summit of its article, not always of this one.
        var evidence = await db.SummitMentions.AsNoTracking()
            .Where(mention => ids.Contains(mention.ArticleId))
            .Select(mention => new { mention.ArticleId, mention.Evidence })
            .ToListAsync(cancellationToken);
        var sentences = evidence.SelectMany(m => m.Evidence.Select(e => (m.ArticleId, e.Quote, e.Sentence)))
            .DistinctBy(known => (known.ArticleId, known.Quote))
            .ToDictionary(known => (known.ArticleId, known.Quote), known => known.Sentence);
        return [.. conflicts.Select(conflict => new ConflictView(conflict.Field, [.. conflict.Claims
            .Where(claim => articles.ContainsKey(claim.ArticleId))
            .Select(claim => new ClaimView(
                claim.Value, articles[claim.ArticleId].Slug, articles[claim.ArticleId].Title, claim.Quote,
                sentences.TryGetValue((claim.ArticleId, claim.Quote), out var sentence) ? sentence : null))]))];
    }

    /// <summary>
    /// The sources in the order of <paramref name="sources"/>, each with its quotes strongest first (the order the
    /// extractor stored them in), headings and labels left out.
    /// </summary>
    private static IReadOnlyList<SummitSource> Grouped(IReadOnlyList<SourceArticle> sources, IEnumerable<(string Slug, IReadOnlyList<StoredEvidence> Evidence)> mentions)
    {
        var quotes = mentions.GroupBy(mention => mention.Slug).ToDictionary(
            article => article.Key,
            article => (IReadOnlyList<(int, string)>)[.. article.SelectMany(mention => mention.Evidence)
                .DistinctBy(evidence => evidence.Sentence)
                .Where(evidence => QuoteShape.IsQuotable(evidence.Quote))
                .Select(evidence => (evidence.Sentence, evidence.Quote))]);
        return [.. sources.Select(source => new SummitSource(source.Slug, source.Title, source.Date, quotes.GetValueOrDefault(source.Slug) ?? [])
        {
            Attribution = source.Attribution,
        })];
    }

    /// <summary>
    /// The summits before and after this one that readers see: an annual summit's neighbours in the annual series (by
    /// number when both have one, else by date); any other meeting's, among all meetings by date.
    /// </summary>
    private static async Task<(SeriesLink? Previous, SeriesLink? Next, bool Annual)> NeighboursAsync(
        BharatBriefDbContext db, int id, SummitKind kind, string? start, int? ordinal, CancellationToken cancellationToken)
    {
        var annual = kind == SummitKind.AnnualSummit;
        if (!annual && start is null)
        {
            return (null, null, false);
        }
        var candidates = await db.Summits.AsNoTracking()
            .Where(row => row.Id != id && row.Confidence >= Confidence.PublicThreshold && (annual ? row.Kind == SummitKind.AnnualSummit : row.Start != null))
            .Select(row => new SeriesLink(row.Slug, row.Title, row.Start, row.End, row.Ordinal, row.Status))
            .ToListAsync(cancellationToken);
        var self = new SeriesLink("", "", start, null, ordinal, SummitStatus.Held);
        int Compare(SeriesLink a, SeriesLink b) =>
            annual && a.Ordinal is int x && b.Ordinal is int y && x != y ? x.CompareTo(y)
            : a.Start is null || b.Start is null ? 0
            : string.CompareOrdinal(a.Start, b.Start) is var byDate && byDate != 0 ? byDate
            : string.CompareOrdinal(a.Slug, b.Slug);
        var before = candidates.Where(c => Compare(c, self) < 0).Aggregate((SeriesLink?)null, (best, c) => best is null || Compare(c, best) > 0 ? c : best);
        var after = candidates.Where(c => Compare(c, self) > 0).Aggregate((SeriesLink?)null, (best, c) => best is null || Compare(c, best) < 0 ? c : best);
        return (before, after, annual);
    }
}
