using System.Net;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Formatting;
using BharatBrief.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Tests.Pages;

public sealed class TimelineTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task The_timeline_lists_every_summit_by_year_with_its_date_status_and_sources()
    {
        var summits = await site.Factory.ReadAsync(db => db.Summits.Select(s => new
        {
            s.Slug, s.Title, s.Start, s.End, s.Year, s.Status,
            Sources = s.Mentions.Select(m => m.ArticleId).Distinct().Count(),
        }).ToListAsync());

        var page = await Html.GetAsync(site.Client, "/summits");

        Assert.Equal("Summit timeline", page.One("h1").Text());
        var items = page.QuerySelectorAll("li.summit");
        Assert.Equal(summits.Count, items.Length);
        foreach (var summit in summits)
        {
            var item = items.Single(li => li.One("h3 a").GetAttribute("href") == $"/summits/{summit.Slug}");
            Assert.Equal(summit.Title, item.One("h3").Text());
            Assert.Contains($"status-{summit.Status.ToSlug()}", item.ClassName);
            Assert.Equal(DateDisplay.Format(summit.Start, summit.End), summit.Start is null ? "date not known" : item.One("time").Text());
            Assert.Contains(Labels.Count(summit.Sources, "source", "sources"), item.Text());
            var year = item.Closest("section")!.One("h2").Text();
            Assert.Equal(summit.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Date not known", year);
        }
    }

    [Fact]
    public async Task The_July_2024_Moscow_summit_is_there_with_its_three_sources()
    {
        var page = await Html.GetAsync(site.Client, "/summits");

        var moscow = page.QuerySelectorAll("li.summit")
            .Single(li => li.Text().Contains("Moscow", StringComparison.Ordinal) && li.One("time").GetAttribute("datetime")!.StartsWith("2024-07", StringComparison.Ordinal));
        Assert.Contains("3 sources", moscow.Text());
        Assert.Equal(3, moscow.QuerySelectorAll(".sources li a").Length);
    }

    [Fact]
    public async Task Planned_and_held_summits_are_told_apart_in_words_and_annual_summits_carry_their_number()
    {
        var page = await Html.GetAsync(site.Client, "/summits");

        Assert.All(page.QuerySelectorAll("li.summit.status-planned"), li => Assert.Equal("Planned", li.One(".badge").Text()));
        Assert.All(page.QuerySelectorAll("li.summit.status-held"), li => Assert.Equal("Held", li.One(".badge").Text()));
        Assert.NotEmpty(page.QuerySelectorAll("li.summit.status-planned"));
        var numbered = await site.Factory.ReadAsync(db => db.Summits.Where(s => s.Ordinal != null).Select(s => new { s.Slug, s.Ordinal }).ToListAsync());
        Assert.NotEmpty(numbered);
        foreach (var summit in numbered)
        {
            var item = page.QuerySelectorAll("li.summit").Single(li => li.One("h3 a").GetAttribute("href") == $"/summits/{summit.Slug}");
            Assert.Contains(Labels.Ordinal(summit.Ordinal!.Value), item.One(".kind").Text());
        }
    }

    [Fact]
    public async Task The_gaps_between_held_annual_summits_are_shown_in_the_chart_and_the_list()
    {
        var annualYears = await site.Factory.ReadAsync(db => db.Summits
            .Where(s => s.Kind == SummitKind.AnnualSummit && s.Status == SummitStatus.Held && s.Year != null)
            .Select(s => s.Year!.Value).Distinct().OrderBy(y => y).ToListAsync());
        var gaps = annualYears.Zip(annualYears.Skip(1)).Where(p => p.Second - p.First > 1)
            .Select(p => p.Second - p.First == 2 ? $"{p.First + 1}" : $"{p.First + 1}–{p.Second - 1}").ToList();
        Assert.NotEmpty(gaps);

        var page = await Html.GetAsync(site.Client, "/summits");

        var chart = page.One("figure.timeline-chart svg");
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal(gaps.Count, chart.QuerySelectorAll("rect.gap").Length);
        Assert.Contains(gaps[0], chart.One("desc").TextContent);
        Assert.Equal(gaps.Select(gap => $"No annual summit was held in {gap}."), page.QuerySelectorAll("p.gap").Select(p => p.Text()));
        Assert.NotEmpty(chart.QuerySelectorAll("rect.held"));
        Assert.NotEmpty(chart.QuerySelectorAll("rect.planned"));
    }

    [Theory]
    [InlineData("kind=annual-summit", "kind-annual-summit")]
    [InlineData("status=planned", "status-planned")]
    [InlineData("status=held&kind=multilateral", "kind-multilateral")]
    public async Task Kind_and_status_filters_keep_only_matching_summits(string query, string expectedClass)
    {
        var page = await Html.GetAsync(site.Client, "/summits?" + query);

        var items = page.QuerySelectorAll("li.summit");
        Assert.NotEmpty(items);
        Assert.All(items, li => Assert.Contains(expectedClass, li.ClassName));
        Assert.Contains(query.Split('&')[0].Split('=')[1], page.QuerySelectorAll("form.filters option[selected]").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task A_year_range_a_theme_and_a_city_filter_the_timeline_and_stay_in_its_links()
    {
        var expected = await site.Factory.ReadAsync(db => db.Summits
            .Where(s => s.Year >= 2024 && s.Year <= 2025 && s.City == "Moscow" && s.Themes.Any(t => t.ThemeSlug == "defence"))
            .Select(s => s.Slug).OrderBy(s => s).ToListAsync());

        var page = await Html.GetAsync(site.Client, "/summits?from=2024&to=2025&city=moscow&theme=defence");

        Assert.Equal(expected, page.QuerySelectorAll("li.summit h3 a").Select(a => a.GetAttribute("href")!["/summits/".Length..]).Order());
        var csv = page.One("main").QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.StartsWith("/summits.csv", StringComparison.Ordinal));
        Assert.Equal("/summits.csv?from=2024&to=2025&theme=defence&city=moscow", csv.GetAttribute("href"));
        Assert.Equal("2024", page.One("#filter-from").GetAttribute("value"));
    }

    [Fact]
    public async Task Filters_that_match_nothing_say_so_and_offer_the_whole_timeline()
    {
        var page = await Html.GetAsync(site.Client, "/summits?from=1900&to=1901");

        Assert.Empty(page.QuerySelectorAll("li.summit"));
        Assert.Equal("/summits", page.One(".empty a").GetAttribute("href"));
    }

    [Theory]
    [InlineData("kind=xyz", "kind")]
    [InlineData("status=maybe", "status")]
    [InlineData("theme=cricket", "theme")]
    [InlineData("from=abc", "from")]
    [InlineData("from=99999999999999999999999", "from")]
    [InlineData("to=-5", "to")]
    [InlineData("from=2025&to=2020", "to")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=123456789012", "page")]
    public async Task Bad_query_values_answer_400_with_the_page_and_what_was_left_out(string query, string parameter)
    {
        var page = await Html.GetAsync(site.Client, "/summits?" + query, HttpStatusCode.BadRequest);

        Assert.Contains(parameter, page.ProblemParameters());
        Assert.NotEmpty(page.QuerySelectorAll("li.summit"));
    }

    [Theory]
    [InlineData("kind=annual-summit&kind=phone-call")]
    [InlineData("city=%00%01%02")]
    [InlineData("unknown=1&from=")]
    [InlineData("from=%E2%80%AE2024")]
    public async Task Odd_query_strings_never_fail(string query)
    {
        using var response = await site.Client.GetAsync("/summits?" + query);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_huge_city_is_a_bad_request_not_a_failure()
    {
        var page = await Html.GetAsync(site.Client, "/summits?city=" + new string('x', 5000), HttpStatusCode.BadRequest);

        Assert.Contains("city", page.One(".notice.problem").Text());
    }

    [Fact]
    public async Task A_page_past_the_end_says_how_many_pages_there_are()
    {
        var page = await Html.GetAsync(site.Client, "/summits?page=40");

        Assert.Empty(page.QuerySelectorAll("li.summit"));
        Assert.Contains("There is only 1 page", page.One("main").Text());
    }

    [Fact]
    public async Task Without_script_the_axis_is_links_at_the_view_the_address_asks_for_and_its_controls_links_to_other_views()
    {
        var page = await Html.GetAsync(site.Client, "/summits?zoom=years&at=2024-07-01&summit=moscow-2024-07&odd=%E2%80%AE");

        var axis = page.One("section.timeline-axis");
        Assert.Equal("2021 – 2026", axis.One(".axis-range strong").Text());
        // No tab order of its own without the keys that walk it: each marker is a plain link.
        Assert.All(axis.QuerySelectorAll("svg a.mark"), marker =>
        {
            Assert.Null(marker.GetAttribute("tabindex"));
            Assert.StartsWith("/summits/", marker.GetAttribute("href"));
        });
        Assert.Equal("true", axis.One("a.mark[href='/summits/moscow-2024-07']").GetAttribute("aria-current"));
        Assert.Empty(axis.QuerySelectorAll("button, input"));
        Assert.Equal("/summits?zoom=quarters&at=2024-07-16&summit=moscow-2024-07", axis.One("a.zoom-in").GetAttribute("href"));
        Assert.Equal("/summits?summit=moscow-2024-07", axis.One("a.zoom-out").GetAttribute("href"));
        // Half the view (five years) earlier.
        Assert.Equal("/summits?zoom=years&at=2021-12-31&summit=moscow-2024-07", axis.One("a.pan-earlier").GetAttribute("href"));
        Assert.Equal("Moscow, Russia", page.One(".timeline-details dl dd:nth-of-type(2)").Text());
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task A_view_that_cannot_be_read_shows_the_whole_record()
    {
        var page = await Html.GetAsync(site.Client, "/summits?zoom=centuries&at=yesterday&summit=no-such-summit");

        Assert.Equal("2020 – 2029", page.One(".axis-range strong").Text());
        Assert.Empty(page.QuerySelectorAll(".timeline-details"));
        Assert.Empty(page.QuerySelectorAll("a.mark[aria-current]"));
    }
}
