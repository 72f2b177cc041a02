using BharatBrief.Web.Components.Shared;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Components;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2024", null, "2024")]
    [InlineData("2024-07", null, "July 2024")]
    [InlineData("2024-07-08", null, "8 July 2024")]
    [InlineData("2024-07-08", "2024-07-09", "8–9 July 2024")]
    [InlineData("2025-12-04", "2025-12-05", "4–5 December 2025")]
    [InlineData("2025-11-30", "2025-12-02", "30 November – 2 December 2025")]
    [InlineData("2025-12-30", "2026-01-02", "30 December 2025 – 2 January 2026")]
    [InlineData("2024-07", "2024-08", "July–August 2024")]
    [InlineData("2024-12", "2025-01", "December 2024 – January 2025")]
    [InlineData("2024", "2025", "2024–2025")]
    [InlineData("2024-07", "2024-07-09", "July 2024 – 9 July 2024")]
    [InlineData("2025-07", "2025-07", "July 2025")]
    public async Task A_date_reads_at_exactly_its_precision(string start, string? end, string expected)
    {
        var page = await ComponentRenderer.RenderAsync<DateText>(new() { ["Start"] = start, ["End"] = end });

        var time = page.One("time");
        Assert.Equal(expected, time.Text());
        Assert.Equal(start, time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task A_month_is_never_shown_as_its_first_day()
    {
        var page = await ComponentRenderer.RenderAsync<DateText>(new() { ["Start"] = "2024-07" });

        Assert.Equal("July 2024", page.One("time").Text());
        Assert.Equal("known to the month", page.One("time").GetAttribute("title"));
    }

    [Theory]
    [InlineData(null, "date not known")]
    [InlineData("someday", "someday")]
    [InlineData("2024-13", "2024-13")]
    public async Task No_date_or_a_broken_one_is_said_plainly(string? start, string expected)
    {
        var page = await ComponentRenderer.RenderAsync<DateText>(new() { ["Start"] = start });

        Assert.Equal(expected, page.Body!.Text());
    }
}
