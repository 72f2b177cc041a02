using BharatBrief.Data;
using BharatBrief.Data.Sharing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BharatBrief.Web.Hosting;

/// <summary>
/// What lets several web servers run on one store behind a proxy (docs/deploy.md): the data-protection keys that sign
/// editors' cookies and form tokens kept in the store under one application name, so that every server reads what any
/// server wrote; and health endpoints for the proxy and the service manager.
/// </summary>
public static class SeveralServers
{
    /// <summary>The application name every server protects with: the same keys and the same name make the same tokens.</summary>
    public const string ApplicationName = "BharatBrief";

    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>The name of the readiness check of the store.</summary>
    public const string StoreCheck = "store";

    private const string ReadyTag = "ready";

    /// <summary>How long the readiness check waits for the store before calling it unreachable.</summary>
    public static readonly TimeSpan StoreCheckTimeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddSeveralServerSupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<SharedStateDbContext>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<BharatBriefDbContext>(StoreCheck, HealthStatus.Unhealthy, [ReadyTag],
                (db, cancellationToken) => BharatBriefDatabase.IsUpToDateWithSharedStateAsync(db, cancellationToken));
        builder.Services.Configure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations.Where(registration => registration.Name == StoreCheck))
            {
                registration.Timeout = StoreCheckTimeout;
            }
        });
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c> answers 200 while the process serves requests and asks nothing of the store (a service
    /// manager restarts a server that stops answering it); <c>/health/ready</c> answers 200 only when the store can be
    /// queried and every migration is applied, else 503 (a proxy sends no readers to such a server). Neither is cached.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = registration => registration.Tags.Contains(ReadyTag) });
        return app;
    }

    /// <summary>True for the health endpoints' requests, which the request log keeps quiet about while they succeed.</summary>
    public static bool IsHealthRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
