using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Serilog.Parsing;

namespace BharatBrief.Web.Tests.Support;

/// <summary>
/// Keeps every event the site logs, with its structured properties, for tests to read. The site's Serilog hands its
/// events on to this provider (SiteFactory lowers Serilog's levels so that none is held back).
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    /// <summary>The category of the one event per request (Serilog.AspNetCore's request logging).</summary>
    public const string RequestCategory = "Serilog.AspNetCore.RequestLoggingMiddleware";

    private const string TemplateKey = "{OriginalFormat}";
    private static readonly MessageTemplateParser Parser = new();

    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>
    /// The message as a person reads it: values in place, strings without the quotes Serilog's own rendering gives
    /// them (as the readable console writes <c>{Message:lj}</c>).
    /// </summary>
    private static string Render(string template, IReadOnlyDictionary<string, object?> values)
    {
        var text = new StringBuilder();
        foreach (var token in Parser.Parse(template).Tokens)
        {
            if (token is PropertyToken property && values.TryGetValue(property.PropertyName, out var value))
            {
                text.Append(value is IFormattable formattable ? formattable.ToString(property.Format, CultureInfo.InvariantCulture) : value?.ToString());
            }
            else
            {
                text.Append(token is TextToken literal ? literal.Text : token.ToString());
            }
        }
        return text.ToString();
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var pairs = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var properties = pairs.Where(pair => pair.Key != TemplateKey).ToDictionary(pair => pair.Key, pair => pair.Value);
            var template = pairs.FirstOrDefault(pair => pair.Key == TemplateKey).Value as string;
            var message = template is null ? formatter(state, exception) : Render(template, properties);
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, message, properties, exception));
        }
    }
}
