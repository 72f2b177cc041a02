using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Web.Tests.Support;

/// <summary>
/// The site hosted in the test process on a SQLite file of its own (a copy of the seeded store, or an empty file for
/// first-start tests), in Production unless told otherwise, with every log event captured.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    public SiteFactory(string environment = "Production")
    {
        Environment = environment;
        DatabasePath = _folder.File("site.db");
    }

    public string Environment { get; }

    public string DatabasePath { get; }

    public LogCapture Logs { get; } = new();

    /// <summary>Settings over appsettings.json, e.g. <c>BharatBrief:Seeds</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Service changes over the site's own (e.g. a counting password hasher), applied after the site's.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>A request header that sets the client's address, as a connection from elsewhere would (TestServer has none).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public string ConnectionString => BharatBrief.Data.BharatBriefDatabase.ConnectionStringFor(DatabasePath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("BharatBrief:Database", DatabasePath);
        // Changes by other processes are noticed within a tenth of a second, so tests need not wait long.
        builder.UseSetting("BharatBrief:Cache:PollSeconds", "0.1");
        // The console stays quiet but for warnings; the events themselves are captured by Logs, at every level.
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:System", "Verbose");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            foreach (var configure in TestServices)
            {
                configure(services);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>Sets the connection's remote address from <see cref="SiteFactory.ClientAddressHeader"/> when a test sends it.</summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(SiteFactory.ClientAddressHeader, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            return following(context);
        });
        next(app);
    };
}
