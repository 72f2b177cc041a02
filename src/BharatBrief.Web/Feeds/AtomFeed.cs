using System.Globalization;
using System.Xml;
using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Feeds;

/// <summary>An Atom feed of the latest articles (RFC 4287), each entry identified by its permalink.</summary>
internal static class AtomFeed
{
    public const int EntryCount = 50;

    private const string Atom = "http://www.w3.org/2005/Atom";

    public static async Task WriteAsync(HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts)
    {
        var cancellation = context.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var entries = await ArticleSummaries.Newest(db.VisibleArticles).AsNoTracking().Take(EntryCount)
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
        await xml.WriteElementStringAsync(null, "title", Atom, "BharatBrief: latest articles");
        await xml.WriteElementStringAsync(null, "subtitle", Atom, "India–Russia diplomacy: summits, agreements and what every source said.");
        await xml.WriteElementStringAsync(null, "id", Atom, $"{site}/articles");
        await Link(xml, "self", $"{site}/feeds/articles.atom");
        await Link(xml, "alternate", $"{site}/articles");
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
