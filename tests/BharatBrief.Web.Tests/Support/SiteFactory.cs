using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
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

    public string ConnectionString => BharatBrief.Data.BharatBriefDatabase.ConnectionStringFor(DatabasePath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("BharatBrief:Database", DatabasePath);
        // Changes by other processes are noticed within a tenth of a second, so tests need not wait long.
        builder.UseSetting("BharatBrief:Cache:PollSeconds", "0.1");
        // The console stays quiet but for warnings; the events themselves are captured by Logs.
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
