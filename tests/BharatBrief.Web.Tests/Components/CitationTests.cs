using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Formatting;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Components;

public sealed class CitationTests
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync(ArticleAttribution attribution, string? articleSlug = null, int? sentence = null) =>
        ComponentRenderer.RenderAsync<Citation>(new() { ["Attribution"] = attribution, ["ArticleSlug"] = articleSlug, ["Sentence"] = sentence });

    [Fact]
    public async Task A_citation_reads_outlet_and_short_date_linking_to_the_original_and_to_the_sentence_here()
    {
        var attribution = new ArticleAttribution("The Hindu", "Suhasini Haidar", "2018-10-05", "https://www.thehindu.com/news/s400-deal", false);

        var page = await RenderAsync(attribution, "s400-deal-signed", 7);

        var citation = page.One(".citation");
        Assert.Equal("The Hindu, 5 Oct 2018", citation.Text());
        var links = citation.QuerySelectorAll("a");
        Assert.Equal(2, links.Length);
        Assert.Equal(("The Hindu", "https://www.thehindu.com/news/s400-deal", "noopener external"),
            (links[0].Text(), links[0].GetAttribute("href"), links[0].GetAttribute("rel")));
        Assert.Equal(("5 Oct 2018", "/articles/s400-deal-signed#s-7"), (links[1].Text(), links[1].GetAttribute("href")));
        Assert.Equal("2018-10-05", links[1].One("time").GetAttribute("datetime"));
        Assert.Equal("5 October 2018", links[1].One("time").GetAttribute("title"));
    }

    [Fact]
    public async Task Without_an_article_here_the_date_is_plain_text_and_without_a_sentence_it_links_to_the_article()
    {
        var attribution = new ArticleAttribution("Reuters", null, "2025-12-05", null, false);

        var plain = (await RenderAsync(attribution)).One(".citation");
        var toArticle = (await RenderAsync(attribution, "modi-in-moscow")).One(".citation");

        Assert.Equal("Reuters, 5 Dec 2025", plain.Text());
        Assert.Empty(plain.QuerySelectorAll("a"));
        Assert.Equal("/articles/modi-in-moscow", toArticle.One("a").GetAttribute("href"));
    }

    [Theory]
    [InlineData(null, null, "2024-07", "Jul 2024")]
    [InlineData(null, "https://www.tass.com/politics/1", "2024-09-02", "tass.com, 2 Sep 2024")]
    [InlineData("TASS", "ftp://tass.com/x", null, "TASS")]
    [InlineData(null, null, "2019", "2019")]
    public async Task What_is_known_is_cited_and_nothing_else(string? outlet, string? url, string? published, string expected)
    {
        var page = await RenderAsync(new ArticleAttribution(outlet, null, published, url, false), "an-article", 3);

        Assert.Equal(expected, page.One(".citation").Text());
        Assert.DoesNotContain(page.QuerySelectorAll(".citation a"), a => a.GetAttribute("href")!.StartsWith("ftp:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_to_cite_renders_nothing()
    {
        var page = await RenderAsync(new ArticleAttribution(null, "Someone", null, null, false), "an-article", 3);

        Assert.Empty(page.QuerySelectorAll(".citation"));
    }

    [Theory]
    [InlineData("2018-10-05", "5 Oct 2018")]
    [InlineData("2018-09-30", "30 Sep 2018")]
    [InlineData("2025-06", "Jun 2025")]
    [InlineData("2025", "2025")]
    [InlineData("soon", "soon")]
    public void A_citations_date_has_the_month_in_three_letters(string iso, string expected)
    {
        Assert.Equal(expected, DateDisplay.Short(iso));
    }
}
