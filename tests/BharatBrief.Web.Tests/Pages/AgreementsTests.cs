using System.Net;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Formatting;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Pages;

public sealed class AgreementsTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task The_register_lists_every_agreement_with_kind_status_and_sources()
    {
        var agreements = await site.Factory.ReadAsync(db => db.Agreements.Select(a => new { a.Slug, a.Name, a.Status, a.Kind }).ToListAsync());

        var page = await Html.GetAsync(site.Client, "/agreements");

        var rows = page.QuerySelectorAll("table.register tbody tr[aria-rowindex]");
        Assert.Equal(agreements.Count, rows.Length);
        foreach (var agreement in agreements)
        {
            var row = rows.Single(tr => tr.One("td.col-name a").GetAttribute("href") == $"/agreements/{agreement.Slug}");
            Assert.Equal(Labels.Of(agreement.Status), row.One(".badge").Text());
            Assert.Equal(Labels.Of(agreement.Kind), row.One("td.col-kind").Text());
        }
        // The grid marks every column header: the sorted one ascending or descending, the others none.
        Assert.Equal("ascending", page.One("th.col-name").GetAttribute("aria-sort"));
        Assert.Single(page.QuerySelectorAll("th[aria-sort=ascending], th[aria-sort=descending]"));
    }

    [Fact]
    public async Task Sorting_by_a_column_orders_the_rows_and_a_second_click_reverses_them()
    {
        var byName = await Names("/agreements");
        var byNameDescending = await Names("/agreements?dir=desc");
        var byStatus = await Html.GetAsync(site.Client, "/agreements?sort=status");

        Assert.Equal(byName.Order(StringComparer.OrdinalIgnoreCase), byName);
        Assert.Equal(byName.AsEnumerable().Reverse(), byNameDescending);
        var statuses = byStatus.QuerySelectorAll("tbody .badge").Select(b => b.Text()).ToList();
        var lifecycle = Enum.GetValues<AgreementStatus>().Select(Labels.Of).ToList();
        Assert.Equal(statuses.OrderBy(lifecycle.IndexOf), statuses);
        Assert.Equal("/agreements?sort=status&dir=desc", byStatus.One("th[aria-sort=ascending] a").GetAttribute("href"));
    }

    [Theory]
    [InlineData("status=signed", "Signed")]
    [InlineData("status=under-negotiation", "Under negotiation")]
    [InlineData("kind=contract", null)]
    [InlineData("theme=nuclear", null)]
    public async Task Filters_keep_only_matching_agreements(string query, string? status)
    {
        var page = await Html.GetAsync(site.Client, "/agreements?" + query);

        var rows = page.QuerySelectorAll("table.register tbody tr[aria-rowindex]");
        Assert.NotEmpty(rows);
        if (status is not null)
        {
            Assert.All(rows, row => Assert.Equal(status, row.One(".badge").Text()));
        }
        Assert.True(rows.Length < (await Html.GetAsync(site.Client, "/agreements")).QuerySelectorAll("table.register tbody tr[aria-rowindex]").Length);
    }

    [Theory]
    [InlineData("status=done", "status")]
    [InlineData("kind=handshake", "kind")]
    [InlineData("sort=price", "sort")]
    [InlineData("dir=sideways", "dir")]
    [InlineData("theme=%27%20OR%201=1", "theme")]
    public async Task Bad_filters_answer_400_and_say_what_was_left_out(string query, string parameter)
    {
        var page = await Html.GetAsync(site.Client, "/agreements?" + query, HttpStatusCode.BadRequest);

        Assert.Contains(parameter, page.ProblemParameters());
        Assert.NotEmpty(page.QuerySelectorAll("table.register tbody tr[aria-rowindex]"));
    }

    [Fact]
    public async Task An_agreement_page_tells_its_status_history_source_by_source()
    {
        var agreements = await site.Factory.ReadAsync(db => db.Agreements.Select(a => new { a.Slug, a.Name, a.History }).ToListAsync());
        var agreement = agreements.MaxBy(a => a.History.Count)!;

        var page = await Html.GetAsync(site.Client, $"/agreements/{agreement.Slug}");

        Assert.Equal(agreement.Name, page.One("h1").Text());
        var entries = page.QuerySelectorAll("ol.history > li");
        Assert.Equal(agreement.History.Count, entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            Assert.Equal(Labels.Status(agreement.History[i].Status), entries[i].One(".badge").Text());
            Assert.EndsWith($"#s-{agreement.History[i].Evidence.Sentence}", entries[i].One("blockquote a").GetAttribute("href"));
        }
        Assert.NotEmpty(page.QuerySelectorAll("#sources .source"));
    }

    [Fact]
    public async Task An_agreement_links_to_the_summit_it_was_signed_or_announced_at()
    {
        var agreement = await site.Factory.ReadAsync(db => db.Agreements.Where(a => a.SummitId != null).Select(a => new { a.Slug, Summit = a.Summit!.Slug }).FirstAsync());

        var page = await Html.GetAsync(site.Client, $"/agreements/{agreement.Slug}");

        Assert.Contains($"/summits/{agreement.Summit}", page.QuerySelectorAll("dl.facts a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_unknown_agreement_is_a_404()
    {
        await Html.GetAsync(site.Client, "/agreements/no-such-deal", HttpStatusCode.NotFound);
    }

    private async Task<List<string>> Names(string url) =>
        [.. (await Html.GetAsync(site.Client, url)).QuerySelectorAll("table.register tbody td.col-name > a").Select(a => a.Text())];
}
