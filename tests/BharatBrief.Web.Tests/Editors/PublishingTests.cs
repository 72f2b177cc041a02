using System.Net;
using BharatBrief.Data.Accounts;
using BharatBrief.Data.Export;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>Preview reads without saving; publishing puts the brief on every reader page, the feed and the export at once.</summary>
public sealed class PublishingTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task Preview_shows_the_planned_summit_and_the_agreement_and_saves_nothing()
    {
        using var editor = await EditorClient.SignedInAsync(site.Factory, "preview@example.org", EditorRoles.Editor);
        var articles = await site.Factory.ReadAsync(db => db.Articles.CountAsync());

        using var response = await Briefs.PressAsync(editor, "/editor/briefs/new", "preview", Briefs.Arctic());

        var page = await EditorClient.ReadAsync(response);
        var summit = Assert.Single(page.QuerySelectorAll(".extracted.summits li"));
        Assert.Contains("Planned", summit.Text(), StringComparison.Ordinal);
        Assert.Contains("Moscow", summit.Text(), StringComparison.Ordinal);
        Assert.Contains("9 May 2026", summit.Text(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".extracted.agreements li"), li => li.Text().Contains("Arctic shipping", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(page.QuerySelectorAll(".extracted.themes li"));
        Assert.Equal(Briefs.ArcticBodyWithThemes, page.One("#brief-body").TextContent.Trim());
        Assert.Equal(0, await site.Factory.ReadAsync(db => db.Briefs.CountAsync()));
        Assert.Equal(articles, await site.Factory.ReadAsync(db => db.Articles.CountAsync()));
        Assert.False(await site.Factory.ReadAsync(db => db.Summits.AnyAsync(s => s.Start == "2026-05-09")));
    }

    [Fact]
    public async Task A_published_brief_is_on_the_timeline_register_themes_search_feed_and_export_at_once()
    {
        using var reader = EditorClient.Anonymous(site.Factory);
        // Cached before the brief exists: publishing must clear these.
        foreach (var url in new[] { "/summits", "/agreements", "/articles", "/search?q=Arctic", "/feeds/articles.atom" })
        {
            using var before = await reader.Http.GetAsync(url);
            Assert.DoesNotContain(Briefs.ArcticTitle, await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // The timeline and the register hold islands and are never cached; the articles' index is.
        using var cached = await reader.Http.GetAsync("/articles");
        Assert.NotNull(cached.Headers.Age);
        using var editor = await EditorClient.SignedInAsync(site.Factory, "publisher@example.org", EditorRoles.Editor);

        var edit = await Briefs.CreateAsync(editor, Briefs.Arctic());

        var timeline = await reader.GetAsync("/summits");
        var summit = Assert.Single(timeline.QuerySelectorAll("li.summit"), li => li.QuerySelector("time[datetime='2026-05-09']") is not null);
        Assert.Contains("Moscow", summit.Text(), StringComparison.Ordinal);
        Assert.Contains("Planned", summit.Text(), StringComparison.Ordinal);
        var register = await reader.GetAsync("/agreements");
        Assert.Contains(register.QuerySelectorAll("table.register tbody tr"), row => row.Text().Contains("Arctic shipping", StringComparison.OrdinalIgnoreCase));
        var search = await reader.GetAsync("/search?q=Arctic");
        Assert.Contains(Briefs.ArcticTitle, search.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Briefs.ArcticTitle, await reader.Http.GetStringAsync("/feeds/articles.atom"), StringComparison.Ordinal);
        var theme = await site.Factory.ReadAsync(db => db.ArticleThemes.Where(t => t.Article!.BriefId != null).Select(t => t.ThemeSlug).FirstAsync());
        Assert.Contains(Briefs.ArcticTitle, (await reader.GetAsync($"/themes/{theme}")).Body!.TextContent, StringComparison.Ordinal);
        var export = await site.Factory.Services.GetRequiredService<DocumentExporter>().BuildAsync();
        Assert.Contains(export.Articles, a => a.Title == Briefs.ArcticTitle);
        Assert.Contains(export.Summits, s => s.Start == "2026-05-09" && s.Status == "planned");
        var page = await editor.GetAsync(edit + "?done=published");
        Assert.Equal("Published: the brief and what it reports are on the record.", page.One(".form-notice").Text());
    }
}
