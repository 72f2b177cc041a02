using System.Text;
using System.Xml.Linq;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Feeds;

public sealed class FeedTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_Atom_feed_parses_and_has_an_entry_per_article_with_its_permalink()
    {
        var slugs = await site.Factory.ReadAsync(db => db.Articles.Select(a => a.Slug).ToListAsync());
        using var response = await site.Client.GetAsync("/feeds/articles.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(slugs.Order(), entries.Select(e => e.Element(Atom + "id")!.Value.Split("/articles/")[1]).Order());
        Assert.All(entries, entry =>
        {
            Assert.StartsWith("http://localhost/articles/", entry.Element(Atom + "link")!.Attribute("href")!.Value);
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
        });
    }

    [Fact]
    public async Task The_calendar_has_an_all_day_event_per_planned_summit_at_its_real_precision()
    {
        var planned = await site.Factory.ReadAsync(db => db.Summits.Where(s => s.Status == SummitStatus.Planned && s.Start != null)
            .Select(s => new { s.Slug, s.Start, s.End }).ToListAsync());
        using var response = await site.Client.GetAsync("/feeds/summits.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var events = Unfold(text).Split("BEGIN:VEVENT").Skip(1).ToList();
        Assert.Equal(planned.Count, events.Count);
        foreach (var summit in planned)
        {
            var vevent = events.Single(e => e.Contains($"UID:summit-{summit.Slug}@bharatbrief", StringComparison.Ordinal));
            var (start, end) = Expected(summit.Start!, summit.End);
            Assert.Contains($"DTSTART;VALUE=DATE:{start}", vevent);
            Assert.Contains($"DTEND;VALUE=DATE:{end}", vevent);
        }
    }

    [Fact]
    public async Task The_sitemap_lists_every_permalink()
    {
        var counts = await site.Factory.ReadAsync(async db => await db.Articles.CountAsync() + await db.Summits.CountAsync() + await db.Agreements.CountAsync() + await db.Themes.CountAsync());

        var sitemap = XDocument.Parse(await site.Client.GetStringAsync("/sitemap.xml")).Root!;

        var locations = sitemap.Elements(Sitemap + "url").Select(url => url.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(counts + 5, locations.Count);
        Assert.Contains("http://localhost/summits", locations);
        Assert.All(locations, location => Assert.StartsWith("http://localhost/", location));
    }

    [Fact]
    public async Task Robots_points_to_the_sitemap_and_keeps_crawlers_out_of_search()
    {
        var robots = await site.Client.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /search", robots);
    }

    [Fact]
    public async Task Pages_carry_Open_Graph_tags_and_feed_links()
    {
        var page = await Html.GetAsync(site.Client, "/agreements/relos");

        Assert.Equal("Reciprocal Exchange of Logistics Support", page.One("meta[property='og:title']").GetAttribute("content"));
        Assert.Equal("http://localhost/agreements/relos", page.One("meta[property='og:url']").GetAttribute("content"));
        Assert.NotEmpty(page.One("meta[property='og:description']").GetAttribute("content")!);
        Assert.Equal("/feeds/articles.atom", page.One("link[type='application/atom+xml']").GetAttribute("href"));
        var article = await Html.GetAsync(site.Client, "/articles");
        Assert.Equal("article", (await Html.GetAsync(site.Client, article.One(".article-list a").GetAttribute("href")!)).One("meta[property='og:type']").GetAttribute("content"));
    }

    /// <summary>The first day, and the day after the last, that a date at its precision covers.</summary>
    private static (string Start, string End) Expected(string start, string? end)
    {
        var from = BharatBrief.Ingestion.Dates.PartialDate.Parse(start);
        var to = end is null ? from : BharatBrief.Ingestion.Dates.PartialDate.Parse(end);
        return (from.FirstDay.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            to.LastDay.AddDays(1).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Unfold(string text) => text.Replace("\r\n ", "");
}
