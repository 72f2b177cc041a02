using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BharatBrief.Web.Interactivity;

/// <summary>
/// One structured event when a circuit opens and one when it closes, each with the count of circuits open in this
/// process: the memory an interactive island costs is per circuit, so their number is what to watch. A lost or
/// regained connection is logged at Debug (phones on the move lose theirs often).
/// </summary>
internal sealed partial class CircuitLog(OpenCircuits open, ILogger<CircuitLog> logger) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Opened(circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Closed(circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ConnectionLost(logger, circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ConnectionUp(logger, circuit.Id);
        return Task.CompletedTask;
    }

    internal void Opened(string circuitId) => CircuitOpened(logger, circuitId, open.Opened());

    internal void Closed(string circuitId) => CircuitClosed(logger, circuitId, open.Closed());

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Circuit {CircuitId} opened; {OpenCircuits} open")]
    private static partial void CircuitOpened(ILogger logger, string circuitId, int openCircuits);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Circuit {CircuitId} closed; {OpenCircuits} open")]
    private static partial void CircuitClosed(ILogger logger, string circuitId, int openCircuits);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Circuit {CircuitId} lost its connection")]
    private static partial void ConnectionLost(ILogger logger, string circuitId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Circuit {CircuitId} is connected")]
    private static partial void ConnectionUp(ILogger logger, string circuitId);
}
