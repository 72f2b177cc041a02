using Microsoft.Extensions.Logging;

namespace BharatBrief.Web.Tests.Support;

/// <summary>One logged event.</summary>
public sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
