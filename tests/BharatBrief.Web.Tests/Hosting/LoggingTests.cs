using Serilog.Formatting.Compact;
using BharatBrief.Web.Tests.Support;
using Microsoft.Extensions.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace BharatBrief.Web.Tests.Hosting;

public sealed class LoggingTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/summits?from=2024", "/summits", 200)]
    [InlineData("/no-such-page", "/no-such-page", 404)]
    [InlineData("/summits?kind=xyz", "/summits", 400)]
    [InlineData("/api/summits/nope", "/api/summits/nope", 404)]
    public async Task Every_request_writes_exactly_one_structured_event(string url, string path, int status)
    {
        var marker = Guid.NewGuid().ToString("N");
        site.Factory.Logs.Clear();

        using var response = await site.Client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "secret=" + marker);

        var events = site.Factory.Logs.Entries.Where(e => e.Category == LogCapture.RequestCategory).ToList();
        var entry = Assert.Single(events);
        Assert.Equal("GET", entry.Properties["Method"]);
        Assert.Equal(path, entry.Properties["Path"]);
        Assert.Equal(status, entry.Properties["StatusCode"]);
        Assert.IsType<double>(entry.Properties["ElapsedMs"]);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.False(entry.Properties.ContainsKey("UserRole"));
        // The site's own events and the request event never carry the query string (the framework's own request events
        // are off in its configuration).
        Assert.DoesNotContain(site.Factory.Logs.Entries, e => (e.Category.StartsWith("BharatBrief", StringComparison.Ordinal) || e.Category == LogCapture.RequestCategory)
            && (e.Message.Contains(marker, StringComparison.Ordinal) || e.Properties.Values.Any(value => value?.ToString()?.Contains(marker, StringComparison.Ordinal) == true)));
    }

    [Fact]
    public void The_compact_formatter_writes_one_JSON_object_per_event()
    {
        var template = new MessageTemplateParser().Parse("HTTP {Method} {Path} responded {StatusCode}");
        var logEvent = new LogEvent(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), LogEventLevel.Warning,
            new InvalidOperationException("boom"), template,
            [new LogEventProperty("Method", new ScalarValue("GET")), new LogEventProperty("StatusCode", new ScalarValue(404)), new LogEventProperty("@odd", new ScalarValue("x"))]);
        using var output = new StringWriter();

        new CompactJsonFormatter().Format(logEvent, output);

        var json = System.Text.Json.JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("2026-11-22T10:00:00.0000000Z", json.GetProperty("@t").GetString());
        Assert.Equal("HTTP {Method} {Path} responded {StatusCode}", json.GetProperty("@mt").GetString());
        Assert.Equal("Warning", json.GetProperty("@l").GetString());
        Assert.Contains("boom", json.GetProperty("@x").GetString());
        Assert.Equal(404, json.GetProperty("StatusCode").GetInt32());
        Assert.Equal("x", json.GetProperty("@@odd").GetString());
        Assert.EndsWith("\n", output.ToString());
        Assert.Single(output.ToString().Trim().Split('\n'));
    }
}
