using BharatBrief.Web.Interactivity;
using BharatBrief.Web.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Web.Tests.Interactivity;

public sealed class CircuitLogTests
{
    [Fact]
    public void Each_circuit_opened_and_closed_is_one_event_with_the_count_still_open()
    {
        var capture = new LogCapture();
        using var logging = LoggerFactory.Create(builder => builder.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        var open = new OpenCircuits();
        var first = new CircuitLog(open, logging.CreateLogger<CircuitLog>());
        var second = new CircuitLog(open, logging.CreateLogger<CircuitLog>());

        first.Opened("circuit-a");
        second.Opened("circuit-b");
        first.Closed("circuit-a");

        var events = capture.Entries.Where(entry => entry.Category == typeof(CircuitLog).FullName).ToList();
        Assert.Equal(["Circuit circuit-a opened; 1 open", "Circuit circuit-b opened; 2 open", "Circuit circuit-a closed; 1 open"], events.Select(e => e.Message));
        Assert.All(events, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.Equal("circuit-a", events[2].Properties["CircuitId"]);
        Assert.Equal(1, events[2].Properties["OpenCircuits"]);
        Assert.Equal(1, open.Count);
    }
}
