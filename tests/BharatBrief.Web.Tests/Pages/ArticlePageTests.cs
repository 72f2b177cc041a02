using System.Net;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Pages;

public sealed class ArticlePageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Every_sentence_of_every_article_is_an_anchor()
    {
        var articles = await site.Factory.ReadAsync(db => db.Articles.Select(a => new { a.Slug, a.Title, a.Outline }).ToListAsync());

        foreach (var article in articles)
        {
            var page = await Html.GetAsync(site.Client, $"/articles/{article.Slug}");

            Assert.Equal(article.Title, page.One("h1").Text());
            var anchors = page.QuerySelectorAll("[id^='s-']").Select(e => e.Id!).ToHashSet();
            var expected = Enumerable.Range(0, article.Outline.Sentences.Count).Select(i => $"s-{i}").ToHashSet();
            Assert.True(expected.SetEquals(anchors), $"{article.Slug}: anchors {string.Join(",", expected.Except(anchors))} missing");
        }
    }

    [Fact]
    public async Task People_places_and_agreements_are_highlighted_and_linked()
    {
        var slug = await site.Factory.ReadAsync(db => db.AgreementMentions.Where(m => m.Agreement!.Slug == "relos").Select(m => m.Article!.Slug).FirstAsync());

        var page = await Html.GetAsync(site.Client, $"/articles/{slug}");

        var body = page.One(".article-body");
        var person = body.QuerySelectorAll("a.entity.person").First();
        Assert.StartsWith("/search?q=", person.GetAttribute("href"));
        Assert.StartsWith("Person: ", person.GetAttribute("title"));
        Assert.NotEmpty(body.QuerySelectorAll("a.entity.place"));
        Assert.Contains(body.QuerySelectorAll("a.agreement"), a => a.GetAttribute("href") == "/agreements/relos");
    }

    [Fact]
    public async Task The_side_panel_lists_what_was_extracted_and_never_the_source_file()
    {
        var mentions = await site.Factory.ReadAsync(db => db.SummitMentions.Where(m => m.SummitId != null)
            .Select(m => new { m.Article!.Slug, m.Article.SourceName, Summit = m.Summit!.Slug }).ToListAsync());
        var article = mentions.GroupBy(m => m.Slug)
            .Select(g => new { Slug = g.Key, g.First().SourceName, Summits = g.Select(m => m.Summit).Distinct().ToList() })
            .First();

        var page = await Html.GetAsync(site.Client, $"/articles/{article.Slug}");

        var panel = page.One("aside.article-facts");
        Assert.Equal("What this article reports", panel.One("h2").Text());
        var summitLinks = panel.QuerySelectorAll("a[href^='/summits/']").Select(a => a.GetAttribute("href")!["/summits/".Length..]).Distinct();
        Assert.Equal(article.Summits.Order(), summitLinks.Order());
        Assert.All(panel.QuerySelectorAll(".sentence-links a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.Split('#')[1])));
        // The seeds come with no outlet, date or address: the panel says so and names no file.
        Assert.Contains("Not recorded", panel.Text());
        Assert.DoesNotContain(article.SourceName!, page.DocumentElement.OuterHtml);
        Assert.Contains("People", panel.QuerySelectorAll("h3").Select(h => h.Text()));
    }

    [Fact]
    public async Task Each_summit_is_linked_from_the_sentence_that_first_mentions_it()
    {
        var mention = await site.Factory.ReadAsync(db => db.SummitMentions.Where(m => m.SummitId != null)
            .Select(m => new { Article = m.Article!.Slug, Summit = m.Summit!.Slug, m.Evidence }).FirstAsync());

        var page = await Html.GetAsync(site.Client, $"/articles/{mention.Article}");

        Assert.Contains(page.QuerySelectorAll(".article-body a.fact-link.summit"), a => a.GetAttribute("href") == $"/summits/{mention.Summit}");
        Assert.Contains("evidence", page.GetElementById($"s-{mention.Evidence[0].Sentence}")!.ClassName ?? page.GetElementById($"s-{mention.Evidence[0].Sentence}")!.GetAttribute("class"));
    }

    [Fact]
    public async Task The_articles_index_lists_every_article_newest_first()
    {
        var count = await site.Factory.ReadAsync(db => db.Articles.CountAsync());

        var page = await Html.GetAsync(site.Client, "/articles");

        Assert.Equal(count, page.QuerySelectorAll(".article-list li").Length);
        await Html.GetAsync(site.Client, "/articles?page=-3", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_article_is_a_404()
    {
        await Html.GetAsync(site.Client, "/articles/nothing-like-this", HttpStatusCode.NotFound);
    }
}
