using AngleSharp.Dom;
using BharatBrief.Data.Search;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Filtering;
using BharatBrief.Web.Formatting;
using BharatBrief.Web.Tests.Support;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Summits;

/// <summary>The timeline page's live island over the seeded store: the axis, its zoom and keys, the details and the live filters.</summary>
public sealed class LiveTimelineTests : BunitContext, IClassFixture<SearchServices>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly SearchServices _services;

    public LiveTimelineTests(SearchServices services)
    {
        _services = services;
        Services.AddSingleton(services.Contexts);
        Services.AddSingleton(services.Catalog);
        // Moving focus is a call into the browser; bUnit records it.
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public async Task Every_dated_summit_has_a_marker_that_names_its_status_and_links_its_page()
    {
        var marks = await MarksAsync(new TimelineFilter(null, null, null, null, null, null));
        var timeline = RenderLive();

        var dated = marks.Where(mark => mark.Start is not null).ToList();
        Assert.True(dated.Count >= 3, "the seeded store has summits to draw");
        var markers = timeline.FindAll("svg a.mark");
        Assert.Equal(dated.Select(mark => $"/summits/{mark.Slug}"), markers.Select(marker => marker.GetAttribute("href")));
        foreach (var (mark, marker) in dated.Zip(markers))
        {
            Assert.Contains($"status-{mark.Status.ToSlug()}", marker.ClassName);
            Assert.StartsWith($"{mark.Title}: {Labels.Of(mark.Status).ToLowerInvariant()}, ", marker.GetAttribute("aria-label"));
            Assert.Equal(mark.IsApproximate, marker.ClassList.Contains("approximate"));
        }
        // A summit known only to its year says so, and the axis shows the whole year it may fall in.
        var yearOnly = dated.First(mark => mark.Start!.Length == 4);
        Assert.EndsWith("(known to the year)" + (yearOnly.Place is { } place ? $", {place}" : ""), Marker(timeline, yearOnly.Slug).GetAttribute("aria-label"));
        Assert.NotEmpty(timeline.FindAll("rect.span.approximate"));
        // One tab stop for all the markers.
        Assert.Equal(["0"], markers.Select(marker => marker.GetAttribute("tabindex")).Where(index => index != "-1"));
    }

    [Fact]
    public void Held_planned_and_cancelled_markers_differ_in_shape_not_only_in_colour()
    {
        TimelineMark[] marks =
        [
            new(1, "held", "Held summit", SummitKind.AnnualSummit, SummitStatus.Held, "2020-03-04", null, 2020, "Moscow", "Russia"),
            new(2, "planned", "Planned summit", SummitKind.AnnualSummit, SummitStatus.Planned, "2021-06", null, 2021, "New Delhi", "India"),
            new(3, "cancelled", "Cancelled summit", SummitKind.StateVisit, SummitStatus.Cancelled, "2022", null, 2022, null, null),
        ];
        var axis = Render<TimelineAxis>(parameters => parameters
            .Add(p => p.Scale, TimelineScale.For(marks, TimelineView.Whole)!)
            .Add(p => p.Link, view => "/summits")
            .Add(p => p.Live, true));

        var held = Marker(axis, "held");
        var planned = Marker(axis, "planned");
        var cancelled = Marker(axis, "cancelled");
        Assert.Equal("circle", held.QuerySelector(".shape")!.TagName, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("path", planned.QuerySelector(".shape")!.TagName, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("rect", cancelled.QuerySelector(".shape")!.TagName, StringComparer.OrdinalIgnoreCase);
        Assert.NotNull(cancelled.QuerySelector(".cross"));
        Assert.Equal("Held summit: held, annual summit, 4 March 2020, Moscow, Russia", held.GetAttribute("aria-label"));
        Assert.Equal("Planned summit: planned, annual summit, June 2021 (known to the month), New Delhi, India", planned.GetAttribute("aria-label"));
        Assert.Equal("Cancelled summit: cancelled, state visit, 2022 (known to the year)", cancelled.GetAttribute("aria-label"));
        // Day-precise: a point; known to the month or the year: a band over that month or year.
        Assert.Equal(2, axis.FindAll(".axis-scroll rect.span.approximate").Count);
        Assert.Empty(axis.FindAll("[style]"));
    }

    [Fact]
    public async Task Zooming_in_narrows_the_range_shown_and_zooming_out_widens_it_and_the_address_follows()
    {
        var timeline = RenderLive();
        var whole = timeline.Instance.Scale!;
        Assert.Equal(TimelineZoom.Decades, whole.View.Zoom);
        Assert.Equal("2020 – 2029", timeline.Find(".axis-range strong").TextContent);

        await timeline.Find("button.zoom-in").ClickAsync(new MouseEventArgs());

        var years = timeline.Instance.Scale!;
        Assert.Equal(TimelineZoom.Years, years.View.Zoom);
        Assert.True(years.End.DayNumber - years.Start.DayNumber < whole.End.DayNumber - whole.Start.DayNumber);
        Assert.NotEqual("2020 – 2029", timeline.Find(".axis-range strong").TextContent);
        Assert.Matches(@"/summits\?zoom=years&at=\d{4}-\d{2}-\d{2}$", Navigation.Uri);
        Assert.True(Navigation.History.First().Options.ReplaceHistoryEntry);

        // Down to months with the range, where a year is shown month by month.
        await timeline.Find("#axis-zoom").ChangeAsync(new ChangeEventArgs { Value = "3" });
        var months = timeline.Instance.Scale!;
        Assert.Equal(TimelineZoom.Months, months.View.Zoom);
        Assert.InRange(months.End.DayNumber - months.Start.DayNumber, 360, 370);
        Assert.Contains(timeline.FindAll(".tick-label text"), label => label.TextContent is "Mar" or "Apr" or "Sept" or "Sep");
        Assert.Contains("zoom=months", Navigation.Uri);
        Assert.Equal("true", timeline.Find("span.zoom-in").GetAttribute("aria-disabled"));

        await timeline.Find("button.zoom-out").ClickAsync(new MouseEventArgs());
        await timeline.Find("button.zoom-out").ClickAsync(new MouseEventArgs());
        await timeline.Find("button.zoom-out").ClickAsync(new MouseEventArgs());

        Assert.Equal(TimelineZoom.Decades, timeline.Instance.Scale!.View.Zoom);
        Assert.Equal("2020 – 2029", timeline.Find(".axis-range strong").TextContent);
        Assert.EndsWith("/summits", Navigation.Uri);
    }

    [Fact]
    public async Task Panning_moves_the_view_by_half_its_width()
    {
        var timeline = RenderLive(zoom: "months", at: "2024-07-01");
        var before = timeline.Instance.Scale!;
        Assert.Contains("2024", before.RangeLabel, StringComparison.Ordinal);

        await timeline.Find("button.pan-later").ClickAsync(new MouseEventArgs());

        var after = timeline.Instance.Scale!;
        Assert.InRange(after.Start.DayNumber - before.Start.DayNumber, 180, 186);
        Assert.Contains("at=2024-12-3", Navigation.Uri);
    }

    [Fact]
    public async Task Arrow_keys_walk_the_summits_in_time_order_moving_focus_and_details_and_Enter_opens_one()
    {
        var marks = (await MarksAsync(new TimelineFilter(null, null, null, null, null, null))).Where(mark => mark.Start is not null).ToList();
        var timeline = RenderLive();
        var axis = timeline.FindComponent<TimelineAxis>();

        await Marker(timeline, marks[0].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.EndsWith($"/summits?summit={marks[1].Slug}", Navigation.Uri);
        Assert.Equal(marks[1].Title, timeline.Find(".timeline-details h2").TextContent);
        Assert.Equal("true", Marker(timeline, marks[1].Slug).GetAttribute("aria-current"));
        Assert.Equal("0", Marker(timeline, marks[1].Slug).GetAttribute("tabindex"));
        Assert.Equal("-1", Marker(timeline, marks[0].Slug).GetAttribute("tabindex"));

        await Marker(timeline, marks[1].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "ArrowRight" });
        await Marker(timeline, marks[2].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "ArrowLeft" });
        await Marker(timeline, marks[1].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "End" });
        // Past the first there is nowhere to go; other keys are the browser's.
        await Marker(timeline, marks[0].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "ArrowLeft" });
        await Marker(timeline, marks[0].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "a" });

        var targets = axis.Instance.Targets;
        var focused = JSInterop.VerifyFocusAsyncInvoke(calledTimes: 4).Select(call => (ElementReference)call.Arguments[0]!).ToList();
        Assert.Equal([targets[marks[1].Id], targets[marks[2].Id], targets[marks[1].Id], targets[marks[^1].Id]], focused);
        Assert.Equal(marks[^1].Title, timeline.Find(".timeline-details h2").TextContent);

        await Marker(timeline, marks[^1].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        Assert.EndsWith($"/summits/{marks[^1].Slug}", Navigation.Uri);
    }

    [Fact]
    public async Task Zoomed_in_the_arrow_keys_move_the_view_to_a_summit_out_of_sight()
    {
        var marks = (await MarksAsync(new TimelineFilter(null, null, null, null, null, null))).Where(mark => mark.Start is not null).ToList();
        var timeline = RenderLive(zoom: "months", summit: marks[0].Slug);
        Assert.Single(timeline.FindAll("svg a.mark"));

        await Marker(timeline, marks[0].Slug).KeyDownAsync(new KeyboardEventArgs { Key = "ArrowRight" });

        Assert.True(timeline.Instance.Scale!.Shows(marks[1]));
        Assert.False(timeline.Instance.Scale!.Shows(marks[0]));
        Assert.Equal("true", Marker(timeline, marks[1].Slug).GetAttribute("aria-current"));
        Assert.Contains("zoom=months&at=", Navigation.Uri);
        Assert.EndsWith($"&summit={marks[1].Slug}", Navigation.Uri);
    }

    [Fact]
    public async Task A_filter_applies_at_once_the_markers_list_and_count_follow_and_so_does_the_address()
    {
        var planned = await MarksAsync(new TimelineFilter(null, null, null, SummitStatus.Planned, null, null));
        var timeline = RenderLive();
        Assert.Contains(timeline.FindAll("svg a.mark"), marker => marker.ClassList.Contains("status-held"));

        await timeline.Find("#filter-status").ChangeAsync(new ChangeEventArgs { Value = "planned" });

        timeline.WaitForAssertion(() => Assert.EndsWith("/summits?status=planned", Navigation.Uri), Patience);
        Assert.True(Navigation.History.First().Options.ReplaceHistoryEntry);
        Assert.Equal(planned.Select(mark => $"/summits/{mark.Slug}"), timeline.FindAll("svg a.mark").Select(marker => marker.GetAttribute("href")));
        Assert.All(timeline.FindAll("li.summit"), item => Assert.Contains("status-planned", item.ClassName));
        Assert.Equal($"{planned.Count} summits match these filters.", timeline.Find(".summary [role=status]").TextContent);

        // An impossible range is said and left out, as the address would be; nothing reloads the page.
        await timeline.Find("#filter-from").ChangeAsync(new ChangeEventArgs { Value = "2026" });
        await timeline.Find("#filter-to").ChangeAsync(new ChangeEventArgs { Value = "2020" });
        timeline.WaitForAssertion(() => Assert.Contains("to", timeline.Find(".notice.problem").TextContent), Patience);
        Assert.EndsWith("/summits?from=2026&status=planned", Navigation.Uri);

        await timeline.Find("form.filters a").ClickAsync(new MouseEventArgs());
        timeline.WaitForAssertion(() => Assert.EndsWith("/summits", Navigation.Uri), Patience);
        Assert.Empty(timeline.FindAll(".notice.problem"));
    }

    [Fact]
    public async Task The_details_panel_shows_the_summit_chosen_in_the_address_and_one_chosen_by_click()
    {
        var marks = (await MarksAsync(new TimelineFilter(null, null, null, null, null, null))).Where(mark => mark.Start is not null).ToList();
        var moscow = marks.Single(mark => mark.Slug == "moscow-2024-07");
        var timeline = RenderLive(summit: moscow.Slug);

        var details = timeline.Find(".timeline-details");
        Assert.Equal(moscow.Title, details.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Date", "Place", "Kind", "Status"], details.QuerySelectorAll("dt").Select(dt => dt.TextContent));
        Assert.Equal("July 2024 (known to the month)", Normalised(details.QuerySelectorAll("dd")[0].TextContent));
        Assert.Equal(moscow.Place, details.QuerySelectorAll("dd")[1].TextContent);
        Assert.Equal(Labels.Of(moscow.Kind), details.QuerySelectorAll("dd")[2].TextContent);
        Assert.Equal(Labels.Of(moscow.Status), details.QuerySelectorAll("dd")[3].TextContent);
        Assert.Equal("/summits/moscow-2024-07", details.QuerySelector("a.open")!.GetAttribute("href"));

        var other = marks.First(mark => mark.Slug != moscow.Slug);
        await Marker(timeline, other.Slug).ClickAsync(new MouseEventArgs());

        Assert.Equal(other.Title, timeline.Find(".timeline-details h2").TextContent);
        Assert.EndsWith($"/summits?summit={other.Slug}", Navigation.Uri);
    }

    private IRenderedComponent<LiveTimeline> RenderLive(string? zoom = null, string? at = null, string? summit = null)
    {
        var timeline = Render<LiveTimeline>(parameters => parameters.Add(p => p.Zoom, zoom).Add(p => p.At, at).Add(p => p.Summit, summit));
        timeline.WaitForAssertion(() => Assert.Equal("on", timeline.Find(".live-timeline").GetAttribute("data-live")), Patience);
        return timeline;
    }

    private static IElement Marker<T>(IRenderedComponent<T> component, string slug) where T : IComponent =>
        component.Find($"svg a.mark[href='/summits/{slug}']");

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<IReadOnlyList<TimelineMark>> MarksAsync(TimelineFilter filter)
    {
        await using var db = await _services.Contexts.CreateDbContextAsync();
        return (await TimelineQuery.LoadAsync(db, _services.Catalog, filter, default)).Marks;
    }
}
