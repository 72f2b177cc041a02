using Serilog;
using Serilog.Settings.Configuration;

namespace BharatBrief.Web.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Replaces the default providers with Serilog built from the <c>Serilog</c> section of configuration (levels,
    /// console, an optional rolling file). Serilog decides what is written, so every level reaches it.
    /// </summary>
    public static WebApplicationBuilder AddBharatBriefLogging(this WebApplicationBuilder builder)
    {
        // Sinks and formatters named in configuration are looked up in these assemblies, not by scanning the
        // dependency context, which a test host or a trimmed publish does not carry.
        var readerOptions = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly,
            typeof(CompactJsonFormatter).Assembly);
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration, readerOptions)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }

    /// <summary>Writes one structured event per request: method, path, status, elapsed milliseconds.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        return app;
    }
}
