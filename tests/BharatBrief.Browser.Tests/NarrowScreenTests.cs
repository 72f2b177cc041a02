using Microsoft.Playwright;

namespace BharatBrief.Browser.Tests;

/// <summary>At 360 px, the narrowest phones readers come with: charts that can be read and one search box.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserFixture fixture)
{
    private const int Width = 360;
    private const double LeastLabelHeight = 11;

    [Theory]
    [InlineData("/themes/defence", ".mentions-chart")]
    [InlineData("/summits", ".timeline-chart")]
    public async Task Chart_year_labels_are_readable_and_apart(string path, string chart)
    {
        var page = await OpenAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator(chart)).ToBeVisibleAsync();

        // Every year label a reader sees, whether the chart's own or the list beneath it, with its rendered size. The
        // timeline's island may swap the chart for its live copy while it is read, and detached labels have no box: read again.
        var labels = Array.Empty<Box>();
        for (var attempt = 0; attempt < 50 && labels.Length == 0; attempt++)
        {
            var json = await page.Locator($"{chart} .year-label text, {chart} .chart-years li").EvaluateAllAsync<string>("""
                elements => JSON.stringify(elements
                    .map(element => element.getBoundingClientRect())
                    .filter(box => box.width > 0 && box.height > 0)
                    .map(box => ({ left: box.left, right: box.right, top: box.top, bottom: box.bottom, height: box.height })))
                """);
            labels = System.Text.Json.JsonSerializer.Deserialize<Box[]>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
            if (labels.Length == 0)
            {
                await Task.Delay(100);
            }
        }

        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.True(label.Height >= LeastLabelHeight, $"a year label is {label.Height:0.#}px high"));
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                var overlap = a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
                Assert.False(overlap, $"year labels {i} and {j} overlap");
            }
        }
        // The timeline's island may swap the list for its live copy while it is read: a detached list has no style, so read again.
        var fontSize = "";
        for (var attempt = 0; attempt < 50 && fontSize.Length == 0; attempt++)
        {
            fontSize = await page.Locator($"{chart} .chart-years").EvaluateAsync<string>("list => list.isConnected ? getComputedStyle(list).fontSize : ''");
            if (fontSize.Length == 0)
            {
                await Task.Delay(100);
            }
        }
        Assert.True(double.Parse(fontSize.TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= LeastLabelHeight, fontSize);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.Screenshots, $"chart-{chart.TrimStart('.')}-360.png") });
    }

    [Fact]
    public async Task The_home_page_has_one_search_box_on_a_phone()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("input[type=search]:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#site-q")).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenAsync()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Site.Address.ToString().TrimEnd('/'),
            ViewportSize = new() { Width = Width, Height = 740 },
        });
        return await context.NewPageAsync();
    }

    public sealed record Box(double Left, double Right, double Top, double Bottom, double Height);
}
