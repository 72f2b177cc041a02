using BharatBrief.Data;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Extractors.Figures;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Home;

/// <summary>The home page's reads: latest articles, the next planned and last held summits, key figures, counts.</summary>
public static class HomeQuery
{
    public const int LatestCount = 6;

    public const int FigureCount = 6;

    private const int FigureCandidatesPerShown = 4;

    public static async Task<HomeModel> LoadAsync(BharatBriefDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var planned = await db.Summits.AsNoTracking()
            .Where(summit => summit.Status == SummitStatus.Planned && summit.StartsOn != null && summit.Confidence >= Confidence.PublicThreshold)
            .OrderBy(summit => summit.StartsOn)
            .Select(summit => new SummitBrief(summit.Slug, summit.Title, summit.Start, summit.End, summit.Status, summit.City, summit.Country))
            .ToListAsync(cancellationToken);
        // A planned summit is ahead while the last day its date covers has not passed ("July 2025" until 31 July).
        var ahead = planned.FirstOrDefault(summit => LastDay(summit) >= today);
        return new HomeModel
        {
            Latest = await ArticleSummaries.PageAsync(db, ArticleSummaries.Newest(db.VisibleArticles), 0, LatestCount, cancellationToken),
            NextPlanned = ahead,
            LastPlanned = ahead is null ? planned.LastOrDefault() : null,
            LastHeld = await db.Summits.AsNoTracking()
                .Where(summit => summit.Status == SummitStatus.Held && summit.StartsOn != null && summit.StartsOn <= today
                    && summit.Confidence >= Confidence.PublicThreshold)
                .OrderByDescending(summit => summit.StartsOn).ThenByDescending(summit => summit.Id)
                .Select(summit => new SummitBrief(summit.Slug, summit.Title, summit.Start, summit.End, summit.Status, summit.City, summit.Country))
                .FirstOrDefaultAsync(cancellationToken),
            Figures = await FiguresAsync(db, cancellationToken),
            Articles = await db.VisibleArticles.CountAsync(cancellationToken),
            Summits = await db.Summits.CountAsync(summit => summit.Confidence >= Confidence.PublicThreshold, cancellationToken),
            Agreements = await db.Agreements.CountAsync(agreement => agreement.Confidence >= Confidence.PublicThreshold, cancellationToken),
        };
    }

    /// <summary>The money and share figures most sources give, each with its latest source.</summary>
    private static async Task<List<KeyFigure>> FiguresAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        var top = await db.VisibleFigures.AsNoTracking()
            .Where(figure => figure.Kind == FigureKind.Money || figure.Kind == FigureKind.Percentage)
            .GroupBy(figure => new { figure.What, figure.Value })
            .Select(group => new { group.Key.What, group.Key.Value, Sources = group.Select(f => f.ArticleId).Distinct().Count(), Latest = group.Max(f => f.Id) })
            .OrderByDescending(group => group.Sources).ThenByDescending(group => group.Latest)
            .Take(FigureCount * FigureCandidatesPerShown)
            .ToListAsync(cancellationToken);
        // Only figures whose label says what they measure, about India and Russia, lead the page.
        top = [.. top.Where(group => FigureLabels.MayLead(group.What, Gazetteer.Default)).Take(FigureCount)];
        int[] ids = [.. top.Select(group => group.Latest)];
        var sources = await db.Figures.AsNoTracking()
            .Where(figure => ids.Contains(figure.Id))
            .Select(figure => new { figure.Id, figure.Article!.Slug, figure.Article.Title, figure.Evidence })
            .ToDictionaryAsync(figure => figure.Id, cancellationToken);
        return [.. top.Where(group => sources.ContainsKey(group.Latest)).Select(group =>
        {
            var source = sources[group.Latest];
            return new KeyFigure(group.Value, group.What, group.Sources, source.Slug, source.Title, source.Evidence.Sentence, source.Evidence.Quote);
        })];
    }

    private static DateOnly LastDay(SummitBrief summit) =>
        PartialDate.TryParse(summit.End ?? summit.Start, out var date) ? date.LastDay : DateOnly.MinValue;
}
