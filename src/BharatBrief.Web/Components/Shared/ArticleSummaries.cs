using BharatBrief.Data;
using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Shared;

/// <summary>Lists of articles, newest first (published date, else as-of date; undated last), in two queries a page.</summary>
public static class ArticleSummaries
{
    /// <summary>Themes shown per article in a list: its heaviest ones.</summary>
    public const int ThemesShown = 3;

    /// <summary>
    /// Newest first. SQLite sorts NULL last in a descending order, so undated articles come last without a term of
    /// their own, and the order reads an index (IX_Articles_Date) instead of sorting every article.
    /// </summary>
    public static IQueryable<Article> Newest(IQueryable<Article> articles) =>
        articles.OrderByDescending(article => article.PublishedOn ?? article.AsOf).ThenByDescending(article => article.Id);

    /// <summary>
    /// One page of <paramref name="ordered"/>, then the heaviest themes of those articles alone. (Taking the first
    /// themes inside the projection makes EF Core number every article's themes before it pages.)
    /// </summary>
    public static async Task<List<ArticleSummary>> PageAsync(
        BharatBriefDbContext db, IQueryable<Article> ordered, int skip, int take, CancellationToken cancellationToken)
    {
        var page = await ordered.AsNoTracking().Skip(skip).Take(take)
            .Select(article => new { article.Id, article.Slug, article.Title, article.Lede, Date = article.PublishedOn ?? article.AsOf })
            .ToListAsync(cancellationToken);
        int[] ids = [.. page.Select(article => article.Id)];
        var themes = (await db.ArticleThemes.AsNoTracking()
                .Where(link => ids.Contains(link.ArticleId) && link.Rank <= ThemesShown)
                .Select(link => new { link.ArticleId, link.ThemeSlug, link.Rank })
                .ToListAsync(cancellationToken))
            .ToLookup(link => link.ArticleId);
        return [.. page.Select(article => new ArticleSummary(
            article.Slug, article.Title, article.Lede, article.Date,
            [.. themes[article.Id].OrderBy(link => link.Rank).Select(link => link.ThemeSlug)]))];
    }
}
