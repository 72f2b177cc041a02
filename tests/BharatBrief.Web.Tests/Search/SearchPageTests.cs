using System.Net;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Search;

public sealed class SearchPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("S-400", "S-400")]
    [InlineData("\"rupee-ruble\"", "rupee")]
    [InlineData("Kudankulam", "Kudankulam")]
    [InlineData("RELOS", "RELOS")]
    [InlineData("sanctions AND oil", "sanctions")]
    public async Task Searches_readers_type_find_articles_with_the_words_marked(string query, string marked)
    {
        var page = await Html.GetAsync(site.Client, "/search?q=" + Uri.EscapeDataString(query));

        var hits = page.QuerySelectorAll(".hit");
        Assert.NotEmpty(hits);
        Assert.Contains(page.QuerySelectorAll(".hit mark"), mark => mark.Text().Contains(marked, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(query, page.One("#q").GetAttribute("value"));
    }

    [Fact]
    public async Task S_400_finds_the_agreement_and_the_article_that_names_it()
    {
        var page = await Html.GetAsync(site.Client, "/search?q=S-400");

        Assert.Contains(page.QuerySelectorAll("#results-agreement ~ ol .hit h3 a, section[aria-labelledby='results-agreement'] .hit h3 a"),
            a => a.GetAttribute("href")!.StartsWith("/agreements/s-400", StringComparison.Ordinal));
        var articles = page.QuerySelectorAll("section[aria-labelledby='results-article'] .hit");
        Assert.NotEmpty(articles);
        Assert.All(articles, hit => Assert.Contains("S-400", hit.One(".snippet").Text()));
    }

    [Fact]
    public async Task Both_words_of_an_AND_search_are_in_every_article_found()
    {
        var both = await Html.GetAsync(site.Client, "/search?q=sanctions+AND+oil&kind=article");
        var sanctions = await Html.GetAsync(site.Client, "/search?q=sanctions&kind=article");

        Assert.True(Count(both) <= Count(sanctions));
        foreach (var link in both.QuerySelectorAll(".hit h3 a"))
        {
            var text = (await Html.GetAsync(site.Client, link.GetAttribute("href")!)).One(".article-body").Text();
            Assert.Contains("sanction", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("oil", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Facets_count_results_by_kind_theme_and_year_and_narrow_them()
    {
        var page = await Html.GetAsync(site.Client, "/search?q=summit");

        var facets = page.One("aside.facets");
        var kinds = facets.QuerySelectorAll("section")[0].QuerySelectorAll("li");
        Assert.Equal(["All kinds", "Articles", "Summits", "Agreements"], kinds.Select(li => li.One("a").Text()));
        var all = int.Parse(kinds[0].One(".count").Text(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(all, kinds.Skip(1).Sum(li => int.Parse(li.One(".count").Text(), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.NotEmpty(facets.QuerySelectorAll("section")[1].QuerySelectorAll("li"));

        var summitsOnly = await Html.GetAsync(site.Client, kinds[2].One("a").GetAttribute("href")!);
        Assert.All(summitsOnly.QuerySelectorAll(".hit h3 a"), a => Assert.StartsWith("/summits/", a.GetAttribute("href")));
        Assert.Equal("true", summitsOnly.QuerySelectorAll("aside.facets a[aria-current]").Single().GetAttribute("aria-current"));

        var themeLink = facets.QuerySelectorAll("section")[1].One("a").GetAttribute("href")!;
        var byTheme = await Html.GetAsync(site.Client, themeLink);
        Assert.Contains("theme=", themeLink);
        Assert.NotEmpty(byTheme.QuerySelectorAll(".hit"));
    }

    [Theory]
    [InlineData("", "What are you looking for?")]
    [InlineData("!!! ??? ((( ))) ---", "Your search had no words we can look for")]
    [InlineData("AND OR NOT", "Your search had no words we can look for")]
    [InlineData("\"\" AND", "Your search had no words we can look for")]
    [InlineData("* ^ : + -", "Your search had no words we can look for")]
    public async Task Nothing_to_search_for_gets_a_helpful_page(string query, string heading)
    {
        var page = await Html.GetAsync(site.Client, "/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(heading, page.One(".search-help h2").Text());
        Assert.Contains("/search?q=S-400", page.QuerySelectorAll(".examples a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_unbalanced_quote_is_closed_and_said_so()
    {
        var page = await Html.GetAsync(site.Client, "/search?q=" + Uri.EscapeDataString("\"rupee-ruble"));

        Assert.Contains("closed the phrase", page.One(".notice").Text());
        Assert.NotEmpty(page.QuerySelectorAll(".hit"));
    }

    [Fact]
    public async Task A_5000_character_query_is_shortened_not_refused()
    {
        var words = string.Join(' ', Enumerable.Repeat("Modi Putin summit", 300));
        var page = await Html.GetAsync(site.Client, "/search?q=" + Uri.EscapeDataString(words[..5000]));

        Assert.Contains("first 16 words", page.One(".notice").Text());
        Assert.NotEmpty(page.QuerySelectorAll(".hit"));
    }

    [Theory]
    [InlineData("NEAR(modi putin)")]
    [InlineData("title:putin")]
    [InlineData("^modi")]
    [InlineData("modi OR")]
    [InlineData("modi NOT")]
    [InlineData("\"modi")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("(modi AND (putin OR")]
    [InlineData("modi*putin*")]
    [InlineData("मोदी पुतिन")]
    [InlineData("%00%ff")]
    [InlineData("{}[]\\|/<>")]
    public async Task FTS_syntax_and_junk_never_fail(string query)
    {
        using var response = await site.Client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("q=modi&kind=people", "kind")]
    [InlineData("q=modi&theme=cricket", "theme")]
    [InlineData("q=modi&year=twenty", "year")]
    [InlineData("q=modi&page=0", "page")]
    public async Task Bad_facets_answer_400_and_still_search(string query, string parameter)
    {
        var page = await Html.GetAsync(site.Client, "/search?" + query, HttpStatusCode.BadRequest);

        Assert.Contains(parameter, page.ProblemParameters());
        Assert.NotEmpty(page.QuerySelectorAll(".hit"));
    }

    [Fact]
    public async Task Results_are_paged_and_a_page_past_the_end_says_so()
    {
        var first = await Html.GetAsync(site.Client, "/search?q=india&kind=article");
        var beyond = await Html.GetAsync(site.Client, "/search?q=india&kind=article&page=9");

        Assert.NotEmpty(first.QuerySelectorAll(".hit"));
        Assert.Empty(beyond.QuerySelectorAll(".hit"));
        Assert.Contains("only 1 page", beyond.One(".results").Text());
    }

    private static int Count(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll(".hit").Length;
}
