using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Pages.Agreements;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Themes;

/// <summary>A theme page's reads: the theme, mentions per year, agreements, latest summits with their sources, a page of articles.</summary>
public static class ThemeQuery
{
    public const int SummitsShown = 12;

    public const int ArticlesPerPage = 20;

    public static async Task<ThemeDetail?> LoadAsync(BharatBriefDbContext db, SearchCatalog catalog, string slug, int page, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.AsNoTracking().FirstOrDefaultAsync(row => row.Slug == slug, cancellationToken);
        if (theme is null)
        {
            return null;
        }
        var articles = db.VisibleArticles.Where(article => article.Themes.Any(link => link.ThemeSlug == slug));
        var summits = db.Summits.AsNoTracking().Where(summit => summit.Themes.Any(link => link.ThemeSlug == slug));
        // Per year from the search catalog, which holds every article's and summit's year and themes in memory: counting
        // thousands of articles in SQL reads their rows, bodies and all.
        var snapshot = await catalog.GetAsync().WaitAsync(cancellationToken);
        var bit = snapshot.ThemeBit(slug);
        var byYear = PerYear(snapshot.Articles.Values, bit);
        var summitYears = PerYear(snapshot.Summits.Values, bit);
        var latestSummits = await summits
            .OrderBy(summit => summit.StartsOn == null).ThenByDescending(summit => summit.StartsOn).ThenByDescending(summit => summit.Id)
            .Take(SummitsShown)
            .Select(summit => new TimelineItem(
                summit.Id, summit.Slug, summit.Title, summit.Kind, summit.Status, summit.Start, summit.End, summit.Year,
                summit.City, summit.Country, summit.Venue, summit.Ordinal, summit.OrdinalIsDerived, summit.Participants))
            .ToListAsync(cancellationToken);
        return new ThemeDetail
        {
            Slug = theme.Slug,
            Name = theme.Name,
            About = theme.About,
            Years = [.. byYear.Keys.Union(summitYears.Keys).Order()
                .Select(year => new YearMentions(year, byYear.GetValueOrDefault(year), summitYears.GetValueOrDefault(year)))],
            Agreements = await RegisterQuery.LoadAsync(db, new RegisterFilter(slug, null, null, "date"), cancellationToken),
            Summits = latestSummits,
            SummitCount = await summits.CountAsync(cancellationToken),
            Articles = await ArticleSummaries.PageAsync(db, ArticleSummaries.Newest(articles), (page - 1) * ArticlesPerPage, ArticlesPerPage, cancellationToken),
            ArticleCount = await db.VisibleArticleThemes.CountAsync(link => link.ThemeSlug == slug, cancellationToken),
        };
    }

    private static Dictionary<int, int> PerYear(IEnumerable<CatalogEntry> entries, int themeBit) =>
        entries.Where(entry => (entry.Themes & themeBit) != 0 && entry.Year is not null)
            .GroupBy(entry => entry.Year!.Value)
            .ToDictionary(group => group.Key, group => group.Count());
}
