using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BharatBrief.Web.Hosting;

public static partial class StartupAddress
{
    /// <summary>Logs where to open the site once the server listens, so that a newcomer knows which address to open.</summary>
    public static void LogAddressOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BharatBrief.Web");
            foreach (var address in addresses)
            {
                Listening(logger, address);
            }
            if (string.IsNullOrWhiteSpace(app.Services.GetRequiredService<SiteOptions>().PublicBaseUrl) && !app.Environment.IsDevelopment())
            {
                NoPublicAddress(logger, SiteOptions.DefaultPublicBaseUrl);
            }
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "BharatBrief is open at {Address}")]
    private static partial void Listening(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "BharatBrief:PublicBaseUrl is not set: feeds, the sitemap and canonical links point at {Address}")]
    private static partial void NoPublicAddress(ILogger logger, string address);
}
