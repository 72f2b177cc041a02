using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace BharatBrief.Cli;

/// <summary>Serilog behind Microsoft.Extensions.Logging, writing to standard error so that standard output stays the document's.</summary>
internal static class CliLogging
{
    public static ILoggingBuilder AddCliLogging(this ILoggingBuilder logging, bool verbose)
    {
        var console = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture,
                standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
            // EF Core logs every command at Information, and a failing one at Error before the command reports the
            // failure in its own words: its events show with --verbose only.
            .MinimumLevel.Override("Microsoft", verbose ? LogEventLevel.Warning : LogEventLevel.Fatal)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Sink(new BackgroundLogSink(console))
            .CreateLogger();
        return logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddSerilog(logger, dispose: true);
    }
}
