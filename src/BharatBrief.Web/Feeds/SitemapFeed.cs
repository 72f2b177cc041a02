using System.Globalization;
using System.Xml;
using BharatBrief.Data;
using BharatBrief.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Feeds;

/// <summary>sitemap.xml: the reader pages and every summit, agreement, theme and article by its permalink.</summary>
internal static class SitemapFeed
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task WriteAsync(HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts)
    {
        var cancellation = context.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var site = SiteAddress.Of(context.Request);
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        foreach (var path in new[] { "/", "/summits", "/agreements", "/themes", "/articles" })
        {
            await Url(xml, site + path, null);
        }
        foreach (var slug in await db.Summits.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Slug).ToListAsync(cancellation))
        {
            await Url(xml, site + SiteLinks.Summit(slug), null);
        }
        foreach (var slug in await db.Agreements.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync(cancellation))
        {
            await Url(xml, site + SiteLinks.Agreement(slug), null);
        }
        foreach (var slug in await db.Themes.AsNoTracking().OrderBy(t => t.Position).Select(t => t.Slug).ToListAsync(cancellation))
        {
            await Url(xml, site + SiteLinks.Theme(slug), null);
        }
        await foreach (var article in db.VisibleArticles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Slug, a.UpdatedAt, a.PublishedOn }).AsAsyncEnumerable().WithCancellation(cancellation))
        {
            await Url(xml, site + SiteLinks.Article(article.Slug), FeedDates.PublishedDay(article.PublishedOn) ?? article.UpdatedAt);
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task Url(XmlWriter xml, string location, DateTime? modified)
    {
        await xml.WriteStartElementAsync(null, "url", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        if (modified is { } utc)
        {
            await xml.WriteElementStringAsync(null, "lastmod", Namespace, utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        await xml.WriteEndElementAsync();
    }
}
