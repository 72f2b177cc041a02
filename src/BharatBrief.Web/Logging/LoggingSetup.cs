using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace BharatBrief.Web.Logging;

public static class LoggingSetup
{
    /// <summary>The request event's template: the same properties as every earlier version of the site wrote.</summary>
    public const string RequestTemplate = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms";

    /// <summary>
    /// Serilog in place of the default providers, built from the <c>Serilog</c> section of configuration (levels,
    /// console, an optional rolling file). Serilog decides what is written. Its events also reach any logging provider
    /// registered besides it (none in the site; the tests' capture), and the static <see cref="Log"/> is left alone, so
    /// that several sites in one process (tests) each keep their own logger.
    /// </summary>
    public static WebApplicationBuilder AddBharatBriefLogging(this WebApplicationBuilder builder)
    {
        // Sinks and formatters named in configuration are looked up in these assemblies, not by scanning the
        // dependency context, which a test host or a trimmed publish does not carry.
        var readerOptions = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly,
            typeof(CompactJsonFormatter).Assembly,
            typeof(Serilog.Formatting.Display.MessageTemplateTextFormatter).Assembly);
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(services.GetRequiredService<IConfiguration>(), readerOptions),
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>
    /// Serilog's request logging: exactly one event per request when it ends, re-executions for error and status pages
    /// included. It carries the method, the path (never the query string, which may carry what a reader typed, nor
    /// cookies), the status, the elapsed milliseconds, whether the output cache answered, the signed-in editor's role
    /// (never who they are) and a failure's exception. Information, or Error for a failure or a 5xx status. A health
    /// probe, which a proxy sends every few seconds, is Verbose while it succeeds and a Warning when it does not.
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            // The site's own logger, not the static one (see AddBharatBriefLogging).
            options.Logger = logger;
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = RequestTemplate;
            options.GetMessageTemplateProperties = (context, path, elapsedMs, statusCode) =>
            [
                new LogEventProperty("Method", new ScalarValue(context.Request.Method)),
                new LogEventProperty("Path", new ScalarValue(path)),
                new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
                new LogEventProperty("ElapsedMs", new ScalarValue(elapsedMs)),
            ];
            options.EnrichDiagnosticContext = Enrich;
            options.GetLevel = Level;
        });
        return app;
    }

    private static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? failure) =>
        failure is not null ? LogEventLevel.Error
        : Hosting.SeveralServers.IsHealthRequest(context) ? (context.Response.StatusCode < 400 ? LogEventLevel.Verbose : LogEventLevel.Warning)
        : context.Response.StatusCode > 499 ? LogEventLevel.Error
        : LogEventLevel.Information;

    private static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        diagnostics.Set("Cached", context.Response.Headers.Age.Count > 0);
        var roles = RolesOf(context.User);
        if (roles.Length > 0)
        {
            diagnostics.Set("UserRole", string.Join(',', roles));
        }
        // A failure the error pages answered (500) did not escape to the request logging: it is the event's exception.
        if (context.Features.Get<IExceptionHandlerFeature>()?.Error is { } failure)
        {
            diagnostics.SetException(failure);
        }
    }

    private static string[] RolesOf(ClaimsPrincipal user) =>
        [.. user.Identities.Where(identity => identity.IsAuthenticated).SelectMany(identity => identity.FindAll(identity.RoleClaimType)).Select(claim => claim.Value).Distinct().Order(StringComparer.Ordinal)];
}
