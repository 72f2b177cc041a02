using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Browser.Tests;

/// <summary>
/// The site on real Kestrel at 127.0.0.1 and a port of the system's choosing, on an empty SQLite file of its own that
/// first start fills with the seeds, exactly as `dotnet run` does.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bharatbrief-browser-tests", Guid.NewGuid().ToString("N"));

    /// <param name="https">Serve https with a throwaway self-signed certificate, as the editors' Secure cookies need.</param>
    public SiteServer(bool https = false) => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
    {
        if (https)
        {
            listen.UseHttps(TestCertificate.Create());
        }
    }));

    /// <summary>What the site logs (its Serilog hands every event on to this provider too).</summary>
    public SiteLog Log { get; } = new();

    /// <summary>Where the site listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = default!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("BharatBrief:Database", Path.Combine(_folder, "site.db"));
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }
}
