using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Components;

public sealed class TimelineComponentTests
{
    private static readonly TimelineItem Held2021 = Item(1, "summit-2021", SummitKind.AnnualSummit, SummitStatus.Held, "2021", null, 2021, null);
    private static readonly TimelineItem Moscow = Item(2, "moscow-2024-07", SummitKind.AnnualSummit, SummitStatus.Held, "2024-07-08", "2024-07-09", 2024, 22) with
    {
        Sources = [new ArticleLink("a", "First", "2024-07"), new ArticleLink("b", "Second", "2025"), new ArticleLink("c", "Third", null), new ArticleLink("d", "Fourth", null)],
        SourceCount = 4,
    };
    private static readonly TimelineItem Delhi = Item(3, "new-delhi-2025-12-04", SummitKind.AnnualSummit, SummitStatus.Planned, "2025-12-04", "2025-12-05", 2025, 23);
    private static readonly TimelineItem Undated = Item(4, "summit-undated-1", SummitKind.Meeting, SummitStatus.Held, null, null, null, null);

    private static readonly TimelineModel Model = new()
    {
        Filter = new TimelineFilter(null, null, null, null, null, null),
        Items = [Held2021, Moscow, Delhi, Undated],
        Total = 4,
        Years = [new YearCount(2021, SummitStatus.Held, 1), new YearCount(2024, SummitStatus.Held, 1), new YearCount(2025, SummitStatus.Planned, 1), new YearCount(null, SummitStatus.Held, 1)],
        AnnualYears = [2021, 2024],
        Cities = ["Moscow", "New Delhi"],
    };

    [Theory]
    [InlineData(null, null, null, null, null, null, "all summits")]
    [InlineData(2015, 2020, SummitKind.AnnualSummit, SummitStatus.Held, "defence", "Moscow", "2015–2020 · Annual summit · Held · Defence · Moscow")]
    [InlineData(2015, null, null, SummitStatus.Planned, null, null, "from 2015 · Planned")]
    [InlineData(null, 2020, null, null, null, null, "to 2020")]
    [InlineData(2024, 2024, null, null, null, "Kazan", "2024 · Kazan")]
    public async Task The_folded_filters_say_which_apply_in_a_line(int? from, int? to, SummitKind? kind, SummitStatus? status, string? theme, string? city, string expected)
    {
        var filter = new TimelineFilter(from, to, kind, status, theme, city);

        var page = await ComponentRenderer.RenderAsync<TimelineFilters>(new() { ["Filter"] = filter, ["Cities"] = new[] { "Moscow" } });

        var summary = page.One("details.filter-disclosure > summary");
        Assert.Equal("Filters", summary.One(".filter-disclosure-label").Text());
        Assert.Equal(expected, summary.One(".filter-summary").Text());
        Assert.False(page.One("details.filter-disclosure").HasAttribute("open"));
        Assert.Equal(6, page.QuerySelectorAll("details.filter-disclosure form.filters .field").Length);
    }

    [Fact]
    public async Task The_list_groups_summits_by_year_and_says_where_annual_summits_stopped()
    {
        var page = await ComponentRenderer.RenderAsync<TimelineList>(new() { ["Model"] = Model });

        Assert.Equal(["2021", "2024", "2025", "Date not known"], page.QuerySelectorAll("section.year h2").Select(h => h.TextContent));
        Assert.Equal("No annual summit was held in 2022–2023.", page.One("p.gap").Text());
        var moscow = page.QuerySelectorAll("li.summit")[1];
        Assert.Equal("8–9 July 2024", moscow.One("time").Text());
        Assert.Contains("Annual summit (22nd)", moscow.One(".kind").Text());
        Assert.Contains("4 sources:", moscow.Text());
        Assert.Equal(["/articles/a", "/articles/b", "/articles/c", "/summits/moscow-2024-07#sources"], moscow.QuerySelectorAll(".sources a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Planned_summits_look_planned_and_say_so()
    {
        var page = await ComponentRenderer.RenderAsync<TimelineList>(new() { ["Model"] = Model });

        var delhi = page.QuerySelectorAll("li.summit")[2];
        Assert.Contains("status-planned", delhi.ClassName);
        Assert.Equal("Planned", delhi.One(".badge").Text());
        Assert.Equal("date not known", page.QuerySelectorAll("li.summit")[3].One(".date-unknown").Text());
    }

    [Fact]
    public async Task The_chart_draws_years_statuses_annual_summits_and_gaps()
    {
        var page = await ComponentRenderer.RenderAsync<TimelineChart>(new()
        {
            ["Years"] = Model.Years, ["AnnualYears"] = Model.AnnualYears, ["Gaps"] = Model.Gaps(),
        });

        var svg = page.One("svg");
        Assert.Equal("Summits per year, 2021–2025", svg.One("title").TextContent);
        Assert.Equal("From 2021 to 2025: 2 held, 1 planned, 0 cancelled. No annual summit was held in 2022–2023.", svg.One("desc").TextContent);
        Assert.Equal(2, svg.QuerySelectorAll("rect.held").Length);
        Assert.Single(svg.QuerySelectorAll("rect.planned"));
        Assert.Single(svg.QuerySelectorAll("rect.gap"));
        Assert.Equal(2, svg.QuerySelectorAll("circle.annual").Length);
        Assert.Empty(svg.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task No_dated_summit_draws_no_chart()
    {
        var page = await ComponentRenderer.RenderAsync<TimelineChart>(new() { ["Years"] = new List<YearCount> { new(null, SummitStatus.Held, 3) } });

        Assert.Empty(page.QuerySelectorAll("svg"));
    }

    private static TimelineItem Item(int id, string slug, SummitKind kind, SummitStatus status, string? start, string? end, int? year, int? ordinal) =>
        new(id, slug, slug, kind, status, start, end, year, "Moscow", "Russia", null, ordinal, false, ["Narendra Modi", "Vladimir Putin"]);
}
