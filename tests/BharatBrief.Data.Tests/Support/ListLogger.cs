using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Tests.Support;

/// <summary>Keeps every log event, to check what a run reports.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Events { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Events.Enqueue((logLevel, formatter(state, exception)));
}
