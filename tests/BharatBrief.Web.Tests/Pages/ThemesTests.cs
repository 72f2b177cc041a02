using System.Net;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Pages;

public sealed class ThemesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task The_index_lists_the_taxonomy_in_order_with_counts()
    {
        var themes = await site.Factory.ReadAsync(db => db.Themes.OrderBy(t => t.Position)
            .Select(t => new { t.Slug, t.Name, Articles = db.ArticleThemes.Count(a => a.ThemeSlug == t.Slug) }).ToListAsync());

        var page = await Html.GetAsync(site.Client, "/themes");

        var items = page.QuerySelectorAll("li.theme");
        Assert.Equal(themes.Select(t => t.Name), items.Select(li => li.One("h2").Text()));
        for (var i = 0; i < themes.Count; i++)
        {
            Assert.StartsWith($"{themes[i].Articles} article", items[i].One(".counts").Text());
        }
    }

    [Fact]
    public async Task A_theme_page_shows_its_mentions_per_year_its_agreements_summits_and_articles()
    {
        var expected = await site.Factory.ReadAsync(async db => new
        {
            Articles = await db.ArticleThemes.CountAsync(t => t.ThemeSlug == "defence"),
            Agreements = await db.AgreementThemes.Where(t => t.ThemeSlug == "defence").Select(t => t.Agreement!.Slug).ToListAsync(),
        });

        var page = await Html.GetAsync(site.Client, "/themes/defence");

        Assert.Equal("Defence", page.One("h1").Text());
        var chart = page.One("figure.mentions-chart");
        Assert.Equal("img", chart.One("svg").GetAttribute("role"));
        Assert.NotEmpty(chart.QuerySelectorAll("svg rect.articles"));
        Assert.NotEmpty(chart.QuerySelectorAll("table.data tbody tr"));
        Assert.Equal(expected.Agreements.Order(), page.QuerySelectorAll("ul.agreements a").Select(a => a.GetAttribute("href")!["/agreements/".Length..]).Order());
        Assert.Equal(Math.Min(expected.Articles, 20), page.QuerySelectorAll(".article-list li").Length);
        Assert.Equal("/summits?theme=defence", page.QuerySelectorAll("main a").Single(a => a.Text().StartsWith("Every summit", StringComparison.Ordinal)).GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_theme_is_a_404_and_a_bad_page_a_400()
    {
        await Html.GetAsync(site.Client, "/themes/cricket", HttpStatusCode.NotFound);
        await Html.GetAsync(site.Client, "/themes/energy?page=abc", HttpStatusCode.BadRequest);
    }
}
