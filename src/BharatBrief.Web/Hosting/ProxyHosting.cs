using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BharatBrief.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy that terminates TLS: the client's address and scheme are taken from
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, but only when the request comes from a proxy the settings
/// name (<c>BharatBrief:Proxy:KnownProxies</c>, addresses; <c>BharatBrief:Proxy:KnownNetworks</c>, CIDR ranges) or
/// from this machine (loopback). Anyone else's forwarded headers are ignored. The host is never taken from a header:
/// absolute links use <c>BharatBrief:PublicBaseUrl</c>.
/// </summary>
public static class ProxyHosting
{
    public const string KnownProxiesSetting = "BharatBrief:Proxy:KnownProxies";
    public const string KnownNetworksSetting = "BharatBrief:Proxy:KnownNetworks";

    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var proxies = Values(configuration, KnownProxiesSetting);
            var networks = Values(configuration, KnownNetworksSetting);
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{KnownProxiesSetting}: '{proxy}' is not an IP address."));
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                    ? range
                    : throw new InvalidOperationException($"{KnownNetworksSetting}: '{network}' is not a network such as 10.0.0.0/8."));
            }
        });
        return builder;
    }

    /// <summary>A list setting, as an array (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>) or one comma-separated value.</summary>
    private static List<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        IEnumerable<string?> values = section.Value is { } single ? single.Split(',') : section.GetChildren().Select(child => child.Value);
        return [.. values.Select(value => value?.Trim()).Where(value => !string.IsNullOrEmpty(value)).Select(value => value!)];
    }
}
