using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>
/// Pages read with a fixed number of queries, however many summits, sources or mentions they show (no N+1). The search
/// catalog, which names articles for several pages, is loaded once per change of the store and is warmed first.
/// </summary>
public sealed class QueryCountTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/", 9)]
    [InlineData("/summits", 6)]
    [InlineData("/agreements", 1)]
    [InlineData("/themes", 1)]
    [InlineData("/themes/defence", 7)]
    [InlineData("/articles", 3)]
    public async Task A_page_runs_a_fixed_number_of_queries(string url, int queries)
    {
        Assert.Equal(queries, await CountAsync(url));
    }

    [Fact]
    public async Task Summit_agreement_and_article_pages_do_not_query_per_source()
    {
        var summit = await site.Factory.ReadAsync(db => db.Summits.OrderByDescending(s => s.Mentions.Count).Select(s => s.Slug).FirstAsync());
        var agreement = await site.Factory.ReadAsync(db => db.Agreements.OrderByDescending(a => a.Mentions.Count).Select(a => a.Slug).FirstAsync());
        var article = await site.Factory.ReadAsync(db => db.Articles.OrderByDescending(a => a.SummitMentions.Count).Select(a => a.Slug).FirstAsync());

        Assert.InRange(await CountAsync($"/summits/{summit}"), 3, 5);
        Assert.Equal(2, await CountAsync($"/agreements/{agreement}"));
        Assert.Equal(4, await CountAsync($"/articles/{article}"));
    }

    /// <summary>The queries of one uncached rendering: a parameter of its own gives the URL a cache entry of its own.</summary>
    private async Task<int> CountAsync(string url)
    {
        using (var warm = await site.Client.GetAsync("/search?q=warm" + Guid.NewGuid().ToString("N")))
        {
            warm.EnsureSuccessStatusCode();
        }
        site.Factory.Logs.Clear();
        using var response = await site.Client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "fresh=" + Guid.NewGuid().ToString("N"));
        response.EnsureSuccessStatusCode();
        return SqlCommands.Count(site.Factory.Logs);
    }
}
