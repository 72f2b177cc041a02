using AngleSharp.Dom;
using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Pages.Search;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Tests.Support;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BharatBrief.Web.Tests.Search;

/// <summary>
/// The search page's live island on the real search over the seeded store, with time in the test's hands: the pause
/// after typing passes when the test says so, never by sleeping.
/// </summary>
public sealed class LiveSearchTests : BunitContext, IClassFixture<SearchServices>
{
    // The first search of a store loads its catalog; later ones answer from memory.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider _time = new();
    private readonly SiteSearch _search;

    public LiveSearchTests(SearchServices services)
    {
        _search = services.Search;
        Services.AddSingleton(_search);
        Services.AddSingleton<TimeProvider>(_time);
        // Moving focus is a call into the browser; bUnit records it.
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public async Task Results_follow_the_typing_once_it_pauses_and_the_address_follows_them()
    {
        var module = JSInterop.SetupModule("./Components/Pages/Search/LiveSearch.razor.js");
        module.SetupVoid("retitle", _ => true).SetVoidResult();
        var search = Render<LiveSearch>();
        Assert.Empty(search.FindAll(".hit"));

        // Each keystroke's handler waits out the pause; the next keystroke ends the wait of the one before.
        var first = search.Find("#q").InputAsync(new() { Value = "Kudan" });
        _time.Advance(TimeSpan.FromMilliseconds(100));
        var second = search.Find("#q").InputAsync(new() { Value = "Kudankulam" });
        await first;
        _time.Advance(LiveSearch.TypingPause - TimeSpan.FromMilliseconds(1));
        Assert.False(second.IsCompleted);
        Assert.Empty(search.FindAll(".hit"));
        Assert.Empty(Navigation.History);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(Patience);
        search.WaitForAssertion(() => Assert.NotEmpty(search.FindAll(".hit")), Patience);

        var expected = await _search.SearchAsync(new SiteSearchRequest(SearchQuery.Parse("Kudankulam"), PageSize: SearchFilter.PageSize));
        Assert.Equal(Titles(expected), search.FindAll(".hit h3").Select(h => h.TextContent.Trim()));
        Assert.Contains(search.FindAll(".hit mark"), mark => mark.TextContent.Contains("Kudankulam", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"{expected.Total} result", search.Find("p.summary[role=status]").TextContent);
        // One search for the pause, not one per keystroke; the address is replaced, not added to the history.
        var visit = Assert.Single(Navigation.History);
        Assert.EndsWith("/search?q=Kudankulam", visit.Uri);
        Assert.True(visit.Options.ReplaceHistoryEntry);
        Assert.Equal("Search: Kudankulam · BharatBrief", module.VerifyInvoke("retitle").Arguments[0]);
    }

    [Fact]
    public async Task Enter_searches_at_once()
    {
        var search = Render<LiveSearch>();

        // Typed, and sent before the pause is over: the search does not wait for it.
        var typing = search.Find("#q").InputAsync(new() { Value = "RELOS" });
        await search.Find("form").SubmitAsync();
        await typing.WaitAsync(Patience);

        search.WaitForAssertion(() => Assert.NotEmpty(search.FindAll(".hit")), Patience);
        Assert.EndsWith("/search?q=RELOS", Navigation.Uri);
    }

    [Fact]
    public async Task Facets_narrow_and_widen_in_place_with_their_counts()
    {
        var search = Render<LiveSearch>(parameters => parameters.Add(p => p.Q, "summit"));
        search.WaitForAssertion(() => Assert.NotEmpty(search.FindAll(".hit")), Patience);
        var summits = Count(search, "Summits");

        await KindLink(search, "Summits").ClickAsync(new MouseEventArgs());

        search.WaitForAssertion(() => Assert.Equal("true", KindLink(search, "Summits").GetAttribute("aria-current")), Patience);
        Assert.All(search.FindAll(".hit h3 a"), a => Assert.StartsWith("/summits/", a.GetAttribute("href")));
        Assert.Contains($"{summits} result", search.Find("p.summary").TextContent);
        Assert.EndsWith("/search?q=summit&kind=summit", Navigation.Uri);

        await KindLink(search, "All kinds").ClickAsync(new MouseEventArgs());

        search.WaitForAssertion(() => Assert.Equal("true", KindLink(search, "All kinds").GetAttribute("aria-current")), Patience);
        Assert.EndsWith("/search?q=summit", Navigation.Uri);
        Assert.NotEmpty(search.FindAll("section[aria-labelledby='results-article'] .hit"));
    }

    [Fact]
    public async Task Arrow_keys_move_from_the_box_through_the_results_and_back()
    {
        var search = Render<LiveSearch>(parameters => parameters.Add(p => p.Q, "S-400"));
        search.WaitForAssertion(() => Assert.True(search.FindAll(".hit h3 a").Count >= 2), Patience);
        // bUnit's markup does not show element references, so the focused one is compared with those the results registered.
        var targets = search.Instance.Focus.Targets;
        Assert.Equal(search.FindAll(".hit h3 a").Count, search.Instance.Focus.Count);

        await search.Find("#q").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        await search.FindAll(".hit h3 a")[0].KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        await search.FindAll(".hit h3 a")[1].KeyDownAsync(new KeyboardEventArgs { Key = "ArrowUp" });
        await search.FindAll(".hit h3 a")[0].KeyDownAsync(new KeyboardEventArgs { Key = "ArrowUp" });
        // Past the last result there is nowhere to go; other keys are the browser's.
        await search.FindAll(".hit h3 a")[^1].KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        await search.Find("#q").KeyDownAsync(new KeyboardEventArgs { Key = "a" });

        var focused = JSInterop.VerifyFocusAsyncInvoke(calledTimes: 4).Select(call => (ElementReference)call.Arguments[0]!).ToList();
        Assert.Equal([targets[0], targets[1], targets[0], targets[ResultFocus.Box]], focused);
        Assert.Equal(4, focused.Distinct().Count() + 1);
    }

    [Fact]
    public void A_live_island_says_so_and_tells_screen_readers_how_it_behaves()
    {
        var search = Render<LiveSearch>(parameters => parameters.Add(p => p.Q, "RELOS"));

        search.WaitForAssertion(() => Assert.Equal("on", search.Find(".live-search").GetAttribute("data-live")), Patience);
        Assert.Equal("search-tips search-live", search.Find("#q").GetAttribute("aria-describedby"));
        Assert.NotNull(search.Find("#search-live"));
        Assert.Equal("status", search.Find("p.summary").GetAttribute("role"));
    }

    [Fact]
    public void A_page_of_results_renders_once_when_the_island_goes_live_so_its_components_keep_one_render_tree_each()
    {
        var search = Render<LiveSearch>(parameters => parameters.Add(p => p.Q, "Putin"));

        search.WaitForAssertion(() => Assert.NotEmpty(search.FindAll(".hit")), Patience);
        Assert.Equal("on", search.Find(".live-search").GetAttribute("data-live"));
        var renders = search.FindComponents<SearchSection>().Select(part => part.RenderCount)
            .Concat(search.FindComponents<SearchFacets>().Select(part => part.RenderCount))
            .Concat(search.FindComponents<Pager>().Select(part => part.RenderCount)).ToList();
        Assert.True(renders.Count >= 3, $"{renders.Count} parts");
        Assert.All(renders, count => Assert.Equal(1, count));
    }

    private static IElement KindLink(IRenderedComponent<LiveSearch> search, string name) =>
        search.FindAll("aside.facets section")[0].QuerySelectorAll("a").Single(a => a.TextContent == name);

    private static int Count(IRenderedComponent<LiveSearch> search, string kind) =>
        int.Parse(KindLink(search, kind).ParentElement!.QuerySelector(".count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> Titles(SiteSearchResult result) =>
        result.TopSummits.Concat(result.TopAgreements).Concat(result.Hits).Select(hit => string.Concat(Marked.Split(hit.Title).Select(part => part.Text)));
}
