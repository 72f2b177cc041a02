using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace BharatBrief.Cli;

/// <summary>Serilog behind Microsoft.Extensions.Logging, writing to standard error so that standard output stays the document's.</summary>
internal static class CliLogging
{
    /// <summary>
    /// Events wait here for the console writer (Serilog.Sinks.Async) rather than hold up the caller: an ingest logs one
    /// event per article from its single writer thread, and a console write costs that thread more than a tenth of a
    /// millisecond. One worker writes them in the order they came; a full buffer makes the caller wait rather than
    /// drop an event.
    /// </summary>
    private const int BufferedEvents = 10_000;

    /// <summary>
    /// The logger is disposed with the command's services (<c>dispose: true</c>), which every command does before it
    /// returns its exit code: disposing the asynchronous sink waits until the worker has written every queued event.
    /// </summary>
    public static ILoggingBuilder AddCliLogging(this ILoggingBuilder logging, bool verbose)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
            // EF Core logs every command at Information, and a failing one at Error before the command reports the
            // failure in its own words: its events show with --verbose only.
            .MinimumLevel.Override("Microsoft", verbose ? LogEventLevel.Warning : LogEventLevel.Fatal)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Async(
                sink => sink.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture,
                    standardErrorFromLevel: LogEventLevel.Verbose),
                bufferSize: BufferedEvents,
                blockWhenFull: true)
            .CreateLogger();
        return logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddSerilog(logger, dispose: true);
    }
}
