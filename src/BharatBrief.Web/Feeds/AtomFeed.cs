using System.Globalization;
using System.Xml;
using BharatBrief.Data;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Feeds;

/// <summary>Atom feeds (RFC 4287) of the latest articles: all of them, a theme's, or those citing a summit; each entry identified by its permalink.</summary>
internal static class AtomFeed
{
    public const int EntryCount = 50;

    private const string Atom = "http://www.w3.org/2005/Atom";

    public static Task WriteAsync(HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts) =>
        WriteAsync(context, contexts, "BharatBrief: latest articles", "India–Russia diplomacy: summits, agreements and what every source said.",
            "/articles", "/feeds/articles.atom", db => db.VisibleArticles);

    /// <summary>The articles filed under one theme; 404 for a theme that does not exist.</summary>
    public static async Task<IResult> WriteThemeAsync(HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts, string slug)
    {
        var theme = await FindAsync(contexts, db => db.Themes.Where(theme => theme.Slug == slug)
            .Select(theme => new { theme.Slug, theme.Name, theme.About }), context.RequestAborted);
        if (theme is null)
        {
            return Results.NotFound();
        }
        await WriteAsync(context, contexts, $"BharatBrief: {theme.Name}", theme.About, SiteLinks.Theme(theme.Slug), ThemeFeed(theme.Slug),
            db => db.VisibleArticles.Where(article => article.Themes.Any(link => link.ThemeSlug == theme.Slug)));
        return Results.Empty;
    }

    /// <summary>The articles that cite one summit; 404 for a summit that does not exist.</summary>
    public static async Task<IResult> WriteSummitAsync(HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts, string slug)
    {
        var summit = await FindAsync(contexts, db => db.Summits.Where(summit => summit.Slug == slug)
            .Select(summit => new { summit.Id, summit.Slug, summit.Title }), context.RequestAborted);
        if (summit is null)
        {
            return Results.NotFound();
        }
        await WriteAsync(context, contexts, $"BharatBrief: {summit.Title}", $"The articles that cite {summit.Title}.",
            SiteLinks.Summit(summit.Slug), SummitFeed(summit.Slug),
            db => db.VisibleArticles.Where(article => article.SummitMentions.Any(mention => mention.SummitId == summit.Id)));
        return Results.Empty;
    }

    private static async Task<T?> FindAsync<T>(
        IDbContextFactory<BharatBriefDbContext> contexts, Func<BharatBriefDbContext, IQueryable<T>> query, CancellationToken cancellation)
        where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await query(db).AsNoTracking().FirstOrDefaultAsync(cancellation);
    }

    /// <summary>The address of a theme's feed, linked from its page.</summary>
    public static string ThemeFeed(string slug) => SiteLinks.Theme(slug) + "/feed.atom";

    /// <summary>The address of a summit's feed, linked from its page.</summary>
    public static string SummitFeed(string slug) => SiteLinks.Summit(slug) + "/feed.atom";

    private static async Task WriteAsync(
        HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts, string title, string subtitle, string page, string self,
        Func<BharatBriefDbContext, IQueryable<Article>> articles)
    {
        var cancellation = context.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var entries = await ArticleSummaries.Newest(articles(db)).AsNoTracking().Take(EntryCount)
            .Select(article => new
            {
                article.Slug, article.Title, article.Lede, article.IngestedAt, article.UpdatedAt, article.PublishedOn,
                article.Outlet, article.Author, article.Url,
                Themes = article.Themes.OrderBy(link => link.Rank).Select(link => link.ThemeSlug).ToList(),
            })
            .ToListAsync(cancellation);
        var site = SiteAddress.Of(context.Request);
        // An article's own published day stands for both its dates: the time it reached this store says nothing of it.
        var dated = entries.Select(entry => (Entry: entry, Published: FeedDates.PublishedDay(entry.PublishedOn) ?? entry.IngestedAt,
            Updated: FeedDates.PublishedDay(entry.PublishedOn) ?? entry.UpdatedAt)).ToList();
        var updated = dated.Count == 0 ? DateTime.UnixEpoch : dated.Max(entry => entry.Updated);

        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Atom);
        await xml.WriteElementStringAsync(null, "title", Atom, title);
        await xml.WriteElementStringAsync(null, "subtitle", Atom, subtitle);
        await xml.WriteElementStringAsync(null, "id", Atom, site + page);
        await Link(xml, "self", site + self);
        await Link(xml, "alternate", site + page);
        await xml.WriteElementStringAsync(null, "updated", Atom, Timestamp(updated));
        await xml.WriteStartElementAsync(null, "author", Atom);
        await xml.WriteElementStringAsync(null, "name", Atom, "BharatBrief");
        await xml.WriteEndElementAsync();
        foreach (var (entry, published, entryUpdated) in dated)
        {
            var url = site + SiteLinks.Article(entry.Slug);
            await xml.WriteStartElementAsync(null, "entry", Atom);
            await xml.WriteElementStringAsync(null, "title", Atom, entry.Title);
            await xml.WriteElementStringAsync(null, "id", Atom, url);
            await Link(xml, "alternate", url);
            if (Citations.OriginalUrl(new ArticleAttribution(entry.Outlet, entry.Author, entry.PublishedOn, entry.Url, false)) is { } original)
            {
                await Link(xml, "via", original);
            }
            await xml.WriteElementStringAsync(null, "published", Atom, Timestamp(published));
            await xml.WriteElementStringAsync(null, "updated", Atom, Timestamp(entryUpdated));
            if (entry.Author is { } author)
            {
                await xml.WriteStartElementAsync(null, "author", Atom);
                await xml.WriteElementStringAsync(null, "name", Atom, entry.Outlet is { } outlet ? $"{author} ({outlet})" : author);
                await xml.WriteEndElementAsync();
            }
            if (entry.Lede is { Length: > 0 } lede)
            {
                await xml.WriteElementStringAsync(null, "summary", Atom, lede);
            }
            foreach (var theme in entry.Themes)
            {
                await xml.WriteStartElementAsync(null, "category", Atom);
                await xml.WriteAttributeStringAsync(null, "term", null, theme);
                await xml.WriteAttributeStringAsync(null, "label", null, Labels.Theme(theme));
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task Link(XmlWriter xml, string relation, string href)
    {
        await xml.WriteStartElementAsync(null, "link", Atom);
        await xml.WriteAttributeStringAsync(null, "rel", null, relation);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
