using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>The article page's reads: the article with its themes, its summit and agreement mentions with what they merged into, its figures.</summary>
public static class ArticleQuery
{
    public static async Task<ArticleDetail?> LoadAsync(BharatBriefDbContext db, string slug, CancellationToken cancellationToken)
    {
        var article = await db.VisibleArticles.AsNoTracking()
            .Where(row => row.Slug == slug)
            .Select(row => new
            {
                row.Id, row.Slug, row.Title, row.Lede, row.Body, row.Format, row.SourceName, row.PublishedOn, row.AsOf, row.AsOfBasis,
                row.WordCount, row.Outline, row.Entities, row.Outlet, row.Author, row.Url, IsBrief = row.BriefId != null,
                Themes = row.Themes.OrderBy(link => link.Rank).Select(link => new { link.ThemeSlug, link.Weight }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }
        var summits = await db.SummitMentions.AsNoTracking()
            .Where(mention => mention.ArticleId == article.Id)
            .OrderBy(mention => mention.Index)
            .Select(mention => new SummitInArticle(
                mention.Summit == null ? null : mention.Summit.Slug,
                mention.Summit == null ? null : mention.Summit.Title,
                mention.Summit == null ? mention.Status : mention.Summit.Status,
                mention.Summit == null ? mention.DateStart : mention.Summit.Start,
                mention.Summit == null ? mention.DateEnd : mention.Summit.End,
                mention.DateText, mention.Evidence))
            .ToListAsync(cancellationToken);
        var agreements = await db.AgreementMentions.AsNoTracking()
            .Where(mention => mention.ArticleId == article.Id)
            .OrderBy(mention => mention.Index)
            .Select(mention => new AgreementInArticle(
                mention.Name, mention.Aliases,
                mention.Agreement == null ? null : mention.Agreement.Slug,
                mention.Agreement == null ? null : mention.Agreement.Name,
                mention.Agreement == null ? mention.Status : mention.Agreement.Status,
                mention.Evidence))
            .ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking()
            .Where(figure => figure.ArticleId == article.Id)
            .OrderBy(figure => figure.Index)
            .Select(figure => new FigureInArticle(figure.Value, figure.What, figure.Evidence))
            .ToListAsync(cancellationToken);
        return new ArticleDetail
        {
            Id = article.Id, Slug = article.Slug, Title = article.Title, Lede = article.Lede, Body = article.Body,
            IsMarkdown = article.Format == ArticleFormat.Markdown, SourceName = article.SourceName, PublishedOn = article.PublishedOn,
            Attribution = new ArticleAttribution(article.Outlet, article.Author, article.PublishedOn, article.Url, article.IsBrief),
            AsOf = article.AsOf, AsOfBasis = article.AsOfBasis, WordCount = article.WordCount, Outline = article.Outline,
            Entities = article.Entities, Themes = [.. article.Themes.Select(theme => (theme.ThemeSlug, theme.Weight))],
            Summits = summits, Agreements = agreements, Figures = figures,
        };
    }
}
