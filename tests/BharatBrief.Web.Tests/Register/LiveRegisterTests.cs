using AngleSharp.Dom;
using BharatBrief.Data;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Pages.Agreements;
using BharatBrief.Web.Filtering;
using BharatBrief.Web.Tests.Support;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Register;

/// <summary>The register's live island on the seeded store: sorting, filtering and paging in place, the address following.</summary>
public sealed class LiveRegisterTests : BunitContext, IClassFixture<StoreServices>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly IDbContextFactory<BharatBriefDbContext> _contexts;

    public LiveRegisterTests(StoreServices store)
    {
        _contexts = store.Contexts;
        Services.AddSingleton(_contexts);
        // The grid loads its module into the page; bUnit records the call.
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public async Task Sorting_by_a_column_orders_the_rows_in_place_and_a_second_click_reverses_them()
    {
        var register = Render<LiveRegister>(parameters => parameters.Add(p => p.RowsPerPage, 100));
        var byName = await ExpectedAsync(new RegisterFilter(null, null, null));
        register.WaitForAssertion(() => Assert.Equal(Names(byName), Names(register)), Patience);
        Assert.Equal("ascending", register.Find("th.col-name").GetAttribute("aria-sort"));

        await register.Find("th.col-status a").ClickAsync(new MouseEventArgs());

        var byStatus = await ExpectedAsync(new RegisterFilter(null, null, null, "status"));
        Assert.NotEqual(Names(byName), Names(byStatus));
        register.WaitForAssertion(() => Assert.Equal(Names(byStatus), Names(register)), Patience);
        Assert.Equal("ascending", register.Find("th.col-status").GetAttribute("aria-sort"));
        Assert.Equal("none", register.Find("th.col-name").GetAttribute("aria-sort"));
        var visit = Assert.Single(Navigation.History);
        Assert.EndsWith("/agreements?sort=status", visit.Uri);
        Assert.True(visit.Options.ReplaceHistoryEntry);
        Assert.Contains("sorted by status (ascending)", register.Find("#register-caption").TextContent);
        // The links say where another click goes, for the page without script and for sharing.
        Assert.Equal("/agreements?sort=status&dir=desc", register.Find("th.col-status a").GetAttribute("href"));

        await register.Find("th.col-status a").ClickAsync(new MouseEventArgs());

        var byStatusDescending = await ExpectedAsync(new RegisterFilter(null, null, null, "status", Descending: true));
        register.WaitForAssertion(() => Assert.Equal(Names(byStatusDescending), Names(register)), Patience);
        Assert.Equal("descending", register.Find("th.col-status").GetAttribute("aria-sort"));
        Assert.EndsWith("/agreements?sort=status&dir=desc", Navigation.Uri);
    }

    [Fact]
    public async Task A_filter_narrows_the_rows_as_it_changes_and_the_count_the_csv_link_and_the_address_follow()
    {
        var register = Render<LiveRegister>(parameters => parameters.Add(p => p.RowsPerPage, 100));
        var all = await ExpectedAsync(new RegisterFilter(null, null, null));
        register.WaitForAssertion(() => Assert.Equal($"{all.Count} agreements.", Status(register)), Patience);

        await register.Find("#filter-status").ChangeAsync(new ChangeEventArgs { Value = "signed" });

        var signed = await ExpectedAsync(new RegisterFilter(null, null, AgreementStatus.Signed));
        Assert.InRange(signed.Count, 1, all.Count - 1);
        register.WaitForAssertion(() => Assert.Equal(Names(signed), Names(register)), Patience);
        Assert.All(register.FindAll("tbody td.col-status .badge"), badge => Assert.Equal("Signed", badge.TextContent.Trim()));
        Assert.Equal(signed.Count == 1 ? "1 agreement match these filters." : $"{signed.Count} agreements match these filters.", Status(register));
        Assert.EndsWith("/agreements?status=signed", Navigation.Uri);
        Assert.Equal("/agreements.csv?status=signed", register.Find("a[download]").GetAttribute("href"));
        Assert.Equal("signed", register.Find("#filter-status").GetAttribute("value"));

        // A kind no signed agreement has: nothing matches, and the notice says so in place of an empty table.
        var kind = Enum.GetValues<AgreementKind>().First(kind => signed.All(row => row.Kind != kind));
        await register.Find("#filter-kind").ChangeAsync(new ChangeEventArgs { Value = kind.ToSlug() });
        register.WaitForAssertion(() => Assert.Equal("No agreement matches these filters.", Status(register)), Patience);
        await register.Find("#filter-theme").ChangeAsync(new ChangeEventArgs { Value = "nuclear" });

        register.WaitForAssertion(() => Assert.EndsWith($"/agreements?theme=nuclear&kind={kind.ToSlug()}&status=signed", Navigation.Uri), Patience);
        Assert.Empty(Names(register));
        Assert.NotNull(register.Find("p.empty"));
        Assert.Empty(register.FindAll("a[download]"));

        await register.Find("p.empty a").ClickAsync(new MouseEventArgs());

        register.WaitForAssertion(() => Assert.Equal($"{all.Count} agreements.", Status(register)), Patience);
        Assert.EndsWith("/agreements", Navigation.Uri);
    }

    [Fact]
    public async Task The_paginator_turns_the_page_in_place_and_the_address_follows()
    {
        var byName = await ExpectedAsync(new RegisterFilter(null, null, null));
        Assert.True(byName.Count > 2, "the seeded store has more than a page of two agreements");
        var register = Render<LiveRegister>(parameters => parameters.Add(p => p.RowsPerPage, 2));
        register.WaitForAssertion(() => Assert.Equal(Names(byName.Take(2)), Names(register)), Patience);

        await register.Find(".paginator button.go-next").ClickAsync(new MouseEventArgs());

        register.WaitForAssertion(() => Assert.Equal(Names(byName.Skip(2).Take(2)), Names(register)), Patience);
        Assert.EndsWith("/agreements?page=2", Navigation.Uri);
        Assert.Contains($"{byName.Count} agreements", Status(register));

        // A new order starts at the first page.
        await register.Find("th.col-date a").ClickAsync(new MouseEventArgs());

        var byDate = await ExpectedAsync(new RegisterFilter(null, null, null, "date"));
        register.WaitForAssertion(() => Assert.Equal(Names(byDate.Take(2)), Names(register)), Patience);
        Assert.EndsWith("/agreements?sort=date", Navigation.Uri);
    }

    [Fact]
    public async Task An_address_with_order_and_page_opens_that_view()
    {
        var byDateDescending = await ExpectedAsync(new RegisterFilter(null, null, null, "date", Descending: true));

        var register = Render<LiveRegister>(parameters => parameters
            .Add(p => p.Sort, "date").Add(p => p.Direction, "desc").Add(p => p.PageNumber, "2").Add(p => p.RowsPerPage, 2));

        register.WaitForAssertion(() => Assert.Equal(Names(byDateDescending.Skip(2).Take(2)), Names(register)), Patience);
        Assert.Equal("descending", register.Find("th.col-date").GetAttribute("aria-sort"));
        // The view shown is the address's own: nothing to replace.
        Assert.Empty(Navigation.History);
    }

    [Fact]
    public async Task Prerendered_the_register_is_plain_links_a_form_and_page_links()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var byName = await ExpectedAsync(new RegisterFilter(null, null, null));

        var register = Render<LiveRegister>(parameters => parameters.Add(p => p.RowsPerPage, 2).Add(p => p.Status, null));

        register.WaitForAssertion(() => Assert.Equal(Names(byName.Take(2)), Names(register)), Patience);
        Assert.Equal("/agreements?dir=desc", register.Find("th.col-name a").GetAttribute("href"));
        Assert.Equal("/agreements?sort=sources", register.Find("th.col-sources a").GetAttribute("href"));
        Assert.Equal("/agreements?page=2", register.Find("nav.pager a[rel=next]").GetAttribute("href"));
        Assert.Empty(register.FindAll(".paginator"));
        Assert.Equal("get", register.Find("form.filters").GetAttribute("method"));
    }

    private async Task<IReadOnlyList<RegisterRow>> ExpectedAsync(RegisterFilter filter)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        return await RegisterQuery.LoadAsync(db, filter, CancellationToken.None);
    }

    private static List<string> Names(IEnumerable<RegisterRow> rows) => [.. rows.Select(row => row.Name)];

    private static List<string> Names(IRenderedComponent<LiveRegister> register) =>
        [.. register.FindAll("tbody td.col-name > a").Select(a => a.TextContent.Trim())];

    private static string Status(IRenderedComponent<LiveRegister> register) => register.Find("p.summary [role=status]").TextContent.Trim();
}
