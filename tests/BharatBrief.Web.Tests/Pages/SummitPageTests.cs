using System.Net;
using BharatBrief.Web.Formatting;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Pages;

public sealed class SummitPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Every_summit_page_gives_its_dates_at_their_real_precision_and_its_place()
    {
        var summits = await site.Factory.ReadAsync(db => db.Summits.Select(s => new { s.Slug, s.Title, s.Start, s.End, s.City, s.Venue }).ToListAsync());

        foreach (var summit in summits)
        {
            var page = await Html.GetAsync(site.Client, $"/summits/{summit.Slug}");

            Assert.Equal(summit.Title, page.One("h1").Text());
            var facts = page.One("dl.facts").Text();
            Assert.Contains(DateDisplay.Format(summit.Start, summit.End), facts);
            if (summit.Start is { Length: 7 } month)
            {
                // Known to the month: never a made-up first day.
                Assert.DoesNotContain($"1 {DateDisplay.Format(month)}", facts);
                Assert.Equal(month, page.One("dl.facts time").GetAttribute("datetime"));
            }
            Assert.Contains(summit.City ?? "not stated", facts);
            if (summit.Venue is { } venue)
            {
                Assert.Contains(venue, facts);
            }
        }
    }

    [Fact]
    public async Task A_day_range_reads_as_readers_write_it()
    {
        var slug = await site.Factory.ReadAsync(db => db.Summits.Where(s => s.End != null && s.Start!.Length == 10).Select(s => s.Slug).FirstAsync());

        var page = await Html.GetAsync(site.Client, $"/summits/{slug}");

        Assert.Matches(@"^\d{1,2}–\d{1,2} [A-Z][a-z]+ \d{4}$", page.One("dl.facts time").Text());
    }

    [Fact]
    public async Task Every_source_quote_links_to_its_sentence_in_the_article()
    {
        var slug = await site.Factory.ReadAsync(db => db.Summits.OrderByDescending(s => s.Mentions.Count).Select(s => s.Slug).FirstAsync());
        var page = await Html.GetAsync(site.Client, $"/summits/{slug}");

        var quotes = page.QuerySelectorAll("#sources blockquote.source-quote a");
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var href = quote.GetAttribute("href")!;
            Assert.Matches(@"^/articles/[a-z0-9-]+#s-\d+$", href);
            var article = await Html.GetAsync(site.Client, href.Split('#')[0]);
            var sentence = article.GetElementById(href.Split('#')[1]);
            Assert.NotNull(sentence);
            Assert.Equal(Normalize(quote.Text().Trim('“', '”')), Normalize(sentence.Text()));
        }
    }

    [Fact]
    public async Task Sources_that_disagree_are_shown_side_by_side_with_their_sentences()
    {
        // Conflicts are stored as JSON: read them all, choose in memory.
        var summits = await site.Factory.ReadAsync(db => db.Summits.Select(s => new { s.Slug, s.Conflicts }).ToListAsync());
        var summit = summits.First(s => s.Conflicts.Count > 0);

        var page = await Html.GetAsync(site.Client, $"/summits/{summit.Slug}");

        var conflict = page.One("section.conflicts .conflict");
        Assert.Contains(summit.Conflicts[0].Field, conflict.One("h3").Text());
        var claims = conflict.QuerySelectorAll(".claims .claim");
        // Each side once, with how many sources take it and at most a couple of their quotes.
        Assert.Equal(summit.Conflicts[0].Claims.Select(claim => claim.Value).Distinct().Count(), claims.Length);
        Assert.Equal(summit.Conflicts[0].Claims.Count, claims.Sum(claim => int.Parse(claim.GetAttribute("data-sources")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(claims, claim =>
        {
            Assert.NotEmpty(claim.One(".claim-value").Text());
            Assert.StartsWith("/articles/", claim.QuerySelectorAll(".claim-source a")[0].GetAttribute("href"));
            Assert.InRange(claim.QuerySelectorAll("blockquote").Length, 1, BharatBrief.Web.Components.Pages.Summits.SummitPage.QuotesPerClaim);
            Assert.NotEmpty(claim.QuerySelectorAll("blockquote")[0].Text());
        });
    }

    [Fact]
    public async Task Agreements_signed_or_announced_at_a_summit_are_listed_on_it()
    {
        var linked = await site.Factory.ReadAsync(db => db.Agreements.Where(a => a.SummitId != null).Select(a => new { a.Slug, Summit = a.Summit!.Slug }).ToListAsync());
        Assert.NotEmpty(linked);

        foreach (var agreement in linked)
        {
            var page = await Html.GetAsync(site.Client, $"/summits/{agreement.Summit}");
            Assert.Contains($"/agreements/{agreement.Slug}", page.QuerySelectorAll("ul.agreements a").Select(a => a.GetAttribute("href")));
        }
    }

    [Theory]
    [InlineData("/summits/no-such-summit")]
    [InlineData("/summits/%3Cscript%3E")]
    [InlineData("/summits/moscow-2024-07%20or%201=1")]
    public async Task An_unknown_summit_is_a_real_404_page(string url)
    {
        var page = await Html.GetAsync(site.Client, url, HttpStatusCode.NotFound);

        Assert.Equal("We could not find that page", page.One("h1").Text());
        Assert.Equal("/summits", page.QuerySelectorAll("main a").First().GetAttribute("href"));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
