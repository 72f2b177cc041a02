using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Browser.Tests;

/// <summary>The messages the site logs, by category, for tests that watch what the server saw (circuits opening and closing).</summary>
public sealed class SiteLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _entries = new();

    public IReadOnlyList<string> Messages(string category) => [.. _entries.Where(entry => entry.Category == category).Select(entry => entry.Message)];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, formatter(state, exception)));
    }
}
