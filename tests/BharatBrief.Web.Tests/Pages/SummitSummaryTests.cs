using System.Text.RegularExpressions;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Formatting;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Pages;

/// <summary>A summit page answers first (who, when, where, which summit, what was signed), then lists agreements, then sources.</summary>
public sealed partial class SummitSummaryTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Every_summit_page_opens_with_who_met_when_where_which_summit_and_what_was_signed()
    {
        var summits = await site.Factory.ReadAsync(db => db.Summits.Select(s => new
        {
            s.Slug, s.Kind, s.Start, s.End, s.City, s.Ordinal, s.Participants, s.ConfidenceNotes,
            Agreements = db.Agreements.Where(a => a.SummitId == s.Id).OrderBy(a => a.Name).Select(a => a.Name).ToList(),
        }).ToListAsync());

        foreach (var summit in summits)
        {
            var page = await Html.GetAsync(site.Client, $"/summits/{summit.Slug}");

            var summary = page.One(".summit-page .summary").Text();
            Assert.All(summit.Participants, name => Assert.Contains(name, summary));
            if (summit.Start is not null)
            {
                Assert.Contains(DateDisplay.Format(summit.Start, summit.End), summary);
            }
            if (summit.City is { } city)
            {
                Assert.Contains($" in {city}", summary);
            }
            if (summit is { Kind: SummitKind.AnnualSummit, Ordinal: int ordinal })
            {
                Assert.Contains($"the {Labels.Ordinal(ordinal)} annual India–Russia summit", summary);
            }
            if (summit.Agreements.Count == 0)
            {
                Assert.Contains("No source names an agreement", summary);
            }
            Assert.All(summit.Agreements.Take(3), name => Assert.Contains(name, summary));
            // How sure, in the site's words.
            Assert.All(summit.ConfidenceNotes, note => Assert.Contains(note, page.One(".summary .summary-confidence").Text()));
            Assert.DoesNotMatch(RawDate(), summary);

            // The answer, then the agreements, then the sources.
            var order = page.QuerySelectorAll(".summary, #agreements-heading, #sources").ToList();
            Assert.Equal(["summary", "agreements-heading", "sources"], order.Select(element => element.Id));
        }
    }

    [Fact]
    public async Task The_22nd_summit_reads_as_a_sentence_and_a_single_source_meeting_says_so()
    {
        var page = await Html.GetAsync(site.Client, $"/summits/{await SlugAsync(s => s.Ordinal == 22)}");
        Assert.Matches(@"^Narendra Modi and Vladimir Putin met in Moscow in July 2024 for the 22nd annual India–Russia summit\.$", page.One(".summary-meeting").Text());

        var inferred = await SlugWithNoteAsync("date inferred");
        var planned = await Html.GetAsync(site.Client, $"/summits/{inferred}");
        Assert.Contains("are to meet", planned.One(".summary-meeting").Text());
        Assert.Contains("date inferred", planned.One(".summary-confidence").Text());

        var single = await Html.GetAsync(site.Client, $"/summits/{await SlugWithNoteAsync("one source")}");
        Assert.Contains("one source", single.One(".summary-confidence").Text());
    }

    [Fact]
    public async Task A_source_shows_its_strongest_quotes_and_folds_the_rest_into_details()
    {
        var mentions = await site.Factory.ReadAsync(db => db.SummitMentions
            .Where(m => m.SummitId != null)
            .Select(m => new { Summit = m.Summit!.Slug, Article = m.Article!.Slug, m.Evidence }).ToListAsync());
        var busiest = mentions
            .GroupBy(m => (m.Summit, m.Article))
            .Select(g => new
            {
                g.Key.Summit, g.Key.Article,
                Quotes = g.SelectMany(m => m.Evidence).DistinctBy(e => e.Sentence).Where(e => QuoteShape.IsQuotable(e.Quote)).Select(e => e.Quote).ToList(),
            })
            .MaxBy(m => m.Quotes.Count)!;
        Assert.True(busiest.Quotes.Count > SummitSourceList.QuotesShown + SummitSourceList.QuotesFolded, $"only {busiest.Quotes.Count} quotes");

        var page = await Html.GetAsync(site.Client, $"/summits/{busiest.Summit}");

        var source = page.QuerySelectorAll("#sources li.source").Single(li => li.One("h3 a").GetAttribute("href") == $"/articles/{busiest.Article}");
        var open = source.Children.Where(child => child.LocalName == "blockquote").ToList();
        var details = source.One("details.more-quotes");
        var folded = details.QuerySelectorAll("blockquote").ToList();
        Assert.Equal(SummitSourceList.QuotesShown, open.Count);
        Assert.Equal(SummitSourceList.QuotesFolded, folded.Count);
        Assert.Null(details.GetAttribute("open"));
        Assert.Contains($"{busiest.Quotes.Count - SummitSourceList.QuotesShown} more quotes", details.One("summary").Text());
        // Strongest first: the order the extractor ranked them in, not the order of the article.
        Assert.Equal(busiest.Quotes.Take(open.Count + folded.Count).Select(Squash), open.Concat(folded).Select(quote => Squash(quote.Text().Trim('“', '”'))));
        Assert.Contains("more sentences in the article", details.One(".quotes-in-article").Text());
    }

    [Fact]
    public async Task Headings_and_fact_box_labels_are_not_shown_as_quotes()
    {
        string[] notQuotes = ["Visit Dates: December 4–5", "Leaders: Vladimir Putin & Narendra Modi", "Russia–Ukraine Context Adds Intensity to the Visit"];
        var mentions = await site.Factory.ReadAsync(db => db.SummitMentions.Where(m => m.SummitId != null)
            .Select(m => new { Summit = m.Summit!.Slug, m.Evidence }).ToListAsync());
        var summit = mentions.First(m => m.Evidence.Any(e => e.Quote == notQuotes[0])).Summit;
        // The store keeps them as evidence: the page is what leaves them out.
        Assert.All(notQuotes, text => Assert.Contains(mentions, m => m.Summit == summit && m.Evidence.Any(e => e.Quote == text)));

        var page = await Html.GetAsync(site.Client, $"/summits/{summit}");

        var quotes = page.QuerySelectorAll("blockquote").Select(quote => quote.Text().Trim('“', '”')).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(notQuotes, text => Assert.DoesNotContain(text, quotes));
    }

    [Fact]
    public async Task Annual_summits_link_to_the_one_before_and_after_in_the_series()
    {
        var annual = await site.Factory.ReadAsync(db => db.Summits
            .Where(s => s.Kind == SummitKind.AnnualSummit && s.Confidence >= Confidence.PublicThreshold && s.Start != null)
            .Select(s => new { s.Slug, s.Start, s.Ordinal }).ToListAsync());
        Assert.True(annual.Count >= 3, $"only {annual.Count} annual summits");
        var first = annual.OrderBy(s => s.Start, StringComparer.Ordinal).First();

        var visited = new List<string>();
        string? slug = first.Slug;
        string? cameFrom = null;
        while (slug is not null)
        {
            var page = await Html.GetAsync(site.Client, $"/summits/{slug}");
            var series = page.QuerySelector("nav.series");
            Assert.Equal("Annual summits", series?.GetAttribute("aria-label"));
            Assert.Equal(cameFrom is null ? null : $"/summits/{cameFrom}", series!.QuerySelector("li.previous a[rel=prev]")?.GetAttribute("href"));
            if (cameFrom is not null)
            {
                Assert.Contains("Previous annual summit", series.One("li.previous").Text());
            }
            visited.Add(slug);
            Assert.True(visited.Count <= annual.Count, "the series goes round in a circle");
            cameFrom = slug;
            slug = series.QuerySelector("li.next a[rel=next]")?.GetAttribute("href")?["/summits/".Length..];
        }

        Assert.Equal(annual.OrderBy(s => s.Start, StringComparer.Ordinal).Select(s => s.Slug), visited);
        var ordinals = visited.Select(v => annual.Single(s => s.Slug == v).Ordinal).OfType<int>().ToList();
        Assert.Equal(ordinals.Order(), ordinals);
    }

    [Fact]
    public async Task Other_meetings_link_to_the_meetings_before_and_after_them_by_date()
    {
        var summits = await site.Factory.ReadAsync(db => db.Summits
            .Where(s => s.Confidence >= Confidence.PublicThreshold && s.Start != null)
            .Select(s => new { s.Slug, s.Start, s.Kind }).ToListAsync());
        var visit = summits.First(s => s.Kind != SummitKind.AnnualSummit
            && summits.Any(o => string.CompareOrdinal(o.Start, s.Start) < 0) && summits.Any(o => string.CompareOrdinal(o.Start, s.Start) > 0));

        var page = await Html.GetAsync(site.Client, $"/summits/{visit.Slug}");

        var series = page.One("nav.series");
        Assert.Equal("Meetings by date", series.GetAttribute("aria-label"));
        var previous = summits.Single(s => $"/summits/{s.Slug}" == series.One("li.previous a").GetAttribute("href"));
        var next = summits.Single(s => $"/summits/{s.Slug}" == series.One("li.next a").GetAttribute("href"));
        Assert.True(string.CompareOrdinal(previous.Start, visit.Start) < 0);
        Assert.True(string.CompareOrdinal(next.Start, visit.Start) > 0);
        Assert.DoesNotContain(summits, s => string.CompareOrdinal(s.Start, previous.Start) > 0 && string.CompareOrdinal(s.Start, visit.Start) < 0);
        Assert.DoesNotContain(summits, s => string.CompareOrdinal(s.Start, visit.Start) > 0 && string.CompareOrdinal(s.Start, next.Start) < 0);
    }

    [Fact]
    public async Task Conflicting_dates_read_as_words_never_as_iso_dates()
    {
        var summits = await site.Factory.ReadAsync(db => db.Summits.Select(s => new { s.Slug, s.Conflicts }).ToListAsync());
        var withDates = summits.Where(s => s.Conflicts.Any(c => c.Claims.Any(claim => RawDate().IsMatch(claim.Value)))).ToList();
        Assert.NotEmpty(withDates);

        foreach (var summit in withDates)
        {
            var page = await Html.GetAsync(site.Client, $"/summits/{summit.Slug}");
            var values = page.QuerySelectorAll("section.conflicts .claim-value").Select(value => value.Text()).ToList();
            Assert.NotEmpty(values);
            Assert.All(values, value => Assert.DoesNotMatch(RawDate(), value));
            Assert.Contains(values, value => value.StartsWith("July 2024", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_skip_link_and_sentence_links_name_the_page_they_are_on()
    {
        var slug = await site.Factory.ReadAsync(db => db.Articles.Where(a => a.Figures.Any()).Select(a => a.Slug).FirstAsync());

        var article = await Html.GetAsync(site.Client, $"/articles/{slug}");
        var summit = await Html.GetAsync(site.Client, $"/summits/{await SlugAsync(s => s.Ordinal == 22)}?page=1");

        Assert.Equal($"/articles/{slug}#main", article.One("a.skip-link").GetAttribute("href"));
        var sentenceLinks = article.QuerySelectorAll("a[href*='#s-']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(sentenceLinks);
        Assert.All(sentenceLinks, href => Assert.Matches($"^/articles/{Regex.Escape(slug)}#s-\\d+$", href));
        Assert.EndsWith("?page=1#main", summit.One("a.skip-link").GetAttribute("href"));
        Assert.DoesNotContain(article.QuerySelectorAll("a[href^='#']"), a => true);
    }

    private Task<string> SlugAsync(System.Linq.Expressions.Expression<Func<BharatBrief.Data.Entities.Summit, bool>> where) =>
        site.Factory.ReadAsync(db => db.Summits.Where(where).Select(s => s.Slug).SingleAsync());

    private async Task<string> SlugWithNoteAsync(string note) =>
        (await site.Factory.ReadAsync(db => db.Summits.Select(s => new { s.Slug, s.ConfidenceNotes }).ToListAsync())).First(s => s.ConfidenceNotes.Contains(note)).Slug;

    private static string Squash(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\b\d{4}-\d{2}\b")]
    private static partial Regex RawDate();
}
