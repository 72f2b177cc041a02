using BharatBrief.Web.Caching;

namespace BharatBrief.Web.Feeds;

/// <summary>Everything read by programs rather than people: feeds, the sitemap, robots.txt and CSV downloads. Cached like pages.</summary>
public static class FeedEndpoints
{
    public static WebApplication MapFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup("").CacheOutput(ReaderCache.PolicyName).ExcludeFromDescription();
        feeds.MapGet("/feeds/articles.atom", AtomFeed.WriteAsync);
        feeds.MapGet("/feeds/summits.ics", CalendarFeed.WriteAsync);
        feeds.MapGet("/themes/{slug}/feed.atom", AtomFeed.WriteThemeAsync);
        feeds.MapGet("/summits/{slug}/feed.atom", AtomFeed.WriteSummitAsync);
        feeds.MapGet("/sitemap.xml", SitemapFeed.WriteAsync);
        feeds.MapGet("/robots.txt", RobotsTxt.Write);
        feeds.MapGet("/summits.csv", CsvDownloads.SummitsAsync);
        feeds.MapGet("/agreements.csv", CsvDownloads.AgreementsAsync);
        return app;
    }
}
