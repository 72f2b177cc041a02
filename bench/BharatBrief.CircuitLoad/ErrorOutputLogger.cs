using Microsoft.Extensions.Logging;

namespace BharatBrief.CircuitLoad;

/// <summary>
/// The SignalR client's warnings and errors on standard error, once per distinct message: a handler whose arguments
/// no longer match what the server sends is reported there, not thrown.
/// </summary>
public sealed class ErrorOutputLogger : ILoggerProvider, ILogger
{
    private static readonly HashSet<string> Reported = [];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        var message = $"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}";
        lock (Reported)
        {
            if (!Reported.Add(message))
            {
                return;
            }
        }
        Console.Error.WriteLine(message);
    }

    public void Dispose()
    {
    }
}
