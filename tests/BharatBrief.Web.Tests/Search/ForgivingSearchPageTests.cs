using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Search;

/// <summary>The search page, with and without script: a "did you mean" link, the notice of a search its filters emptied, the order.</summary>
public sealed class ForgivingSearchPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task A_word_no_article_holds_gets_a_did_you_mean_link_that_finds_results()
    {
        var page = await Html.GetAsync(site.Client, "/search?q=Putn");

        var link = page.One(".suggestion a");
        Assert.Equal("Putin", link.Text());
        var suggested = await Html.GetAsync(site.Client, link.GetAttribute("href")!);
        Assert.NotEmpty(suggested.QuerySelectorAll(".hit"));
        Assert.Empty(suggested.QuerySelectorAll(".suggestion"));
    }

    [Fact]
    public async Task A_search_its_filters_empty_says_so_with_a_link_without_them()
    {
        var page = await Html.GetAsync(site.Client, "/search?q=Putin&year=1990&sort=date");

        var notice = page.One("p.notice");
        Assert.Contains("filters", notice.Text(), StringComparison.Ordinal);
        var href = notice.One("a").GetAttribute("href")!;
        Assert.DoesNotContain("year=", href, StringComparison.Ordinal);
        Assert.Contains("sort=date", href, StringComparison.Ordinal);
        Assert.NotEmpty((await Html.GetAsync(site.Client, href)).QuerySelectorAll(".hit"));
    }

    [Fact]
    public async Task The_order_is_a_choice_of_the_form_kept_in_facet_and_page_links()
    {
        var page = await Html.GetAsync(site.Client, "/search?q=Putin&sort=date");

        Assert.Equal("date", page.One("select#sort option[selected]").GetAttribute("value"));
        Assert.Equal("Order", page.One("label[for=sort]").Text());
        Assert.All(page.QuerySelectorAll("aside.facets a"), link => Assert.Contains("sort=date", link.GetAttribute("href")!, StringComparison.Ordinal));
        var relevance = await Html.GetAsync(site.Client, "/search?q=Putin");
        Assert.Equal("relevance", relevance.One("select#sort option[selected]").GetAttribute("value"));
    }
}
