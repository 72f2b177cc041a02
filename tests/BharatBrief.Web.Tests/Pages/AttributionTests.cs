using System.Xml.Linq;
using BharatBrief.Data;
using BharatBrief.Data.Importing;
using BharatBrief.Web.Formatting;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Pages;

/// <summary>The seed articles ingested with a folder manifest naming their outlets, authors, dates and originals.</summary>
public sealed class AttributedSiteFixture : IAsyncLifetime
{
    public static readonly (string Outlet, string Author, string Published)[] Credits =
    [
        ("The Hindu", "Suhasini Haidar", "2025-05-09"),
        ("Reuters", "Krishn Kaushik", "2025-12-05"),
        ("TASS", "Staff", "2025-03-20"),
        ("The Indian Express", "Shubhajit Roy", "2025-12-01"),
        ("Hindustan Times", "Rezaul Laskar", "2025-12-03"),
    ];

    private readonly TempFolder _folder = new();

    public SiteFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = default!;

    public IReadOnlyList<string> Files { get; private set; } = [];

    public static string OriginalOf(int index) => $"https://news.example.org/story/{index}?from=feed&amp=1";

    public async Task InitializeAsync()
    {
        Files = [.. Directory.EnumerateFiles(SeededStore.SeedFolder, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        var rows = new List<string> { "file,outlet,author,published,url" };
        for (var i = 0; i < Files.Count; i++)
        {
            File.Copy(Path.Combine(SeededStore.SeedFolder, Files[i]), _folder.File(Files[i]));
            var (outlet, author, published) = Credits[i % Credits.Length];
            rows.Add($"{Files[i]},{outlet},{author},{published},{OriginalOf(i)}");
        }
        File.WriteAllLines(_folder.File("manifest.csv"), rows);
        await using (var services = new ServiceCollection().AddBharatBriefData(Factory.ConnectionString).BuildServiceProvider())
        {
            var contexts = services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();
            await contexts.MigrateAsync();
            var report = await services.GetRequiredService<ArticleImporter>().IngestFolderAsync(_folder.Path);
            Assert.DoesNotContain(report.Warnings, warning => warning.File == "manifest.csv");
        }
        SqliteConnection.ClearAllPools();
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _folder.Dispose();
    }
}

public sealed class AttributionTests(AttributedSiteFixture site) : IClassFixture<AttributedSiteFixture>
{
    private async Task<Dictionary<string, (string Outlet, string Author, string Published, string Url)>> CreditsBySlugAsync()
    {
        var articles = await site.Factory.ReadAsync(db => db.Articles.Select(a => new { a.Slug, a.SourceName }).ToListAsync());
        return articles.ToDictionary(a => a.Slug, a =>
        {
            var index = site.Files.ToList().IndexOf(a.SourceName!);
            var (outlet, author, published) = AttributedSiteFixture.Credits[index % AttributedSiteFixture.Credits.Length];
            return (outlet, author, published, AttributedSiteFixture.OriginalOf(index));
        });
    }

    private void AssertNoFileNames(string html)
    {
        Assert.All(site.Files, file => Assert.DoesNotContain(Path.GetFileNameWithoutExtension(file), html));
    }

    [Theory]
    [InlineData("summit")]
    [InlineData("agreement")]
    public async Task Sources_are_cited_by_outlet_and_date_linking_to_the_original_and_the_sentence_never_by_file(string kind)
    {
        var credits = await CreditsBySlugAsync();
        var slug = kind == "summit"
            ? await site.Factory.ReadAsync(db => db.Summits.OrderByDescending(s => s.Mentions.Count).Select(s => s.Slug).FirstAsync())
            : await site.Factory.ReadAsync(db => db.Agreements.OrderByDescending(a => a.Mentions.Count).Select(a => a.Slug).FirstAsync());
        var html = await site.Client.GetStringAsync($"/{kind}s/{slug}");
        var page = Html.Parse(html);

        var sources = page.QuerySelectorAll("li.source");
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var articleSlug = source.One("h3 a").GetAttribute("href")!["/articles/".Length..];
            var (outlet, _, published, url) = credits[articleSlug];
            Assert.Equal($"{outlet}, {DateDisplay.Short(published)}", source.One(".source-meta").Text());
            var original = source.One(".source-meta a");
            Assert.Equal(outlet, original.Text());
            Assert.Equal(url, original.GetAttribute("href"));
            Assert.Equal("noopener external", original.GetAttribute("rel"));
            Assert.Equal(published, source.One(".source-meta time").GetAttribute("datetime"));
            var quotes = source.QuerySelectorAll("blockquote.source-quote a");
            Assert.All(quotes, quote => Assert.StartsWith($"/articles/{articleSlug}#s-", quote.GetAttribute("href")));
            var here = source.One(".source-meta a.citation-here");
            Assert.Equal(DateDisplay.Short(published), here.Text());
            Assert.Equal(quotes.Length > 0 ? quotes[0].GetAttribute("href") : $"/articles/{articleSlug}", here.GetAttribute("href"));
        }
        AssertNoFileNames(html);
    }

    [Theory]
    [InlineData("summit")]
    [InlineData("agreement")]
    public async Task The_API_credits_each_source_by_outlet_author_date_and_original_and_never_names_its_file(string kind)
    {
        var credits = await CreditsBySlugAsync();
        var slug = kind == "summit"
            ? await site.Factory.ReadAsync(db => db.Summits.OrderByDescending(s => s.Mentions.Count).Select(s => s.Slug).FirstAsync())
            : await site.Factory.ReadAsync(db => db.Agreements.OrderByDescending(a => a.Mentions.Count).Select(a => a.Slug).FirstAsync());

        var json = await site.Client.GetStringAsync($"/api/{kind}s/{slug}");

        var sources = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            Assert.False(source.TryGetProperty("file", out _));
            var (outlet, author, published, url) = credits[source.GetProperty("article").GetString()!];
            var attribution = source.GetProperty("attribution");
            Assert.Equal(outlet, attribution.GetProperty("outlet").GetString());
            Assert.Equal(author, attribution.GetProperty("author").GetString());
            Assert.Equal(published, attribution.GetProperty("published").GetProperty("iso").GetString());
            Assert.Equal(DateDisplay.Format(published), attribution.GetProperty("published").GetProperty("text").GetString());
            Assert.Equal(url, attribution.GetProperty("url").GetString());
            Assert.Equal($"{outlet}, {DateDisplay.Short(published)}", attribution.GetProperty("citation").GetString());
        }
        AssertNoFileNames(json);
    }

    [Fact]
    public async Task The_article_page_credits_outlet_author_and_original_and_never_names_the_file()
    {
        var credits = await CreditsBySlugAsync();
        var (slug, (outlet, author, published, url)) = credits.OrderBy(pair => pair.Key, StringComparer.Ordinal).First();

        var html = await site.Client.GetStringAsync($"/articles/{slug}");
        var page = Html.Parse(html);

        var byline = page.One(".byline");
        Assert.StartsWith($"{outlet} · By {author} · Published {DateDisplay.Format(published)}", byline.Text());
        Assert.Equal(url, byline.One("a[rel='noopener external']").GetAttribute("href"));
        var panel = page.One("aside.article-facts");
        Assert.Contains($"{outlet}, {DateDisplay.Short(published)}", panel.Text());
        Assert.Contains(panel.QuerySelectorAll("a[rel='noopener external']"), a => a.Text() == "Read the original" && a.GetAttribute("href") == url);
        AssertNoFileNames(html);
    }

    [Fact]
    public async Task Search_hits_cite_the_outlet_and_date()
    {
        var credits = await CreditsBySlugAsync();

        var html = await site.Client.GetStringAsync("/search?q=Putin&kind=article");
        var page = Html.Parse(html);

        var hits = page.QuerySelectorAll("li.hit");
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var (outlet, _, published, _) = credits[hit.One("h3 a").GetAttribute("href")!["/articles/".Length..]];
            Assert.StartsWith($"{outlet}, {DateDisplay.Short(published)}", hit.One(".hit-meta").Text());
        }
        AssertNoFileNames(html);
    }

    [Fact]
    public async Task The_feeds_date_each_article_by_its_published_day_and_point_to_the_original()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var credits = await CreditsBySlugAsync();

        var feed = XDocument.Parse(await site.Client.GetStringAsync("/feeds/articles.atom")).Root!;
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(credits.Count, entries.Count);
        foreach (var entry in entries)
        {
            var (outlet, author, published, url) = credits[entry.Element(atom + "id")!.Value.Split("/articles/")[1]];
            Assert.Equal($"{published}T00:00:00Z", entry.Element(atom + "published")!.Value);
            Assert.Equal($"{published}T00:00:00Z", entry.Element(atom + "updated")!.Value);
            Assert.Equal(url, entry.Elements(atom + "link").Single(link => (string?)link.Attribute("rel") == "via").Attribute("href")!.Value);
            Assert.Equal($"{author} ({outlet})", entry.Element(atom + "author")!.Element(atom + "name")!.Value);
        }
        Assert.Equal($"{credits.Values.Max(c => c.Published)}T00:00:00Z", feed.Element(atom + "updated")!.Value);

        var urls = XDocument.Parse(await site.Client.GetStringAsync("/sitemap.xml")).Root!.Elements(sitemap + "url")
            .Where(u => u.Element(sitemap + "loc")!.Value.Contains("/articles/", StringComparison.Ordinal)).ToList();
        Assert.Equal(credits.Count, urls.Count);
        Assert.All(urls, u => Assert.Equal(credits[u.Element(sitemap + "loc")!.Value.Split("/articles/")[1]].Published, u.Element(sitemap + "lastmod")!.Value));
    }
}
