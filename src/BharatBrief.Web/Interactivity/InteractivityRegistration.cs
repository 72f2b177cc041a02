using BharatBrief.Web.Components;
using BharatBrief.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BharatBrief.Web.Interactivity;

public static class InteractivityRegistration
{
    /// <summary>
    /// Razor components rendered on the server, with the interactive Server render mode for the islands that need it.
    /// The circuits' limits come from <c>BharatBrief:Circuits</c> (<see cref="SiteOptions.CircuitSettings"/>); every
    /// circuit opened and closed is logged (<see cref="CircuitLog"/>); readers' pages with islands issue no antiforgery
    /// token (<see cref="IslandAntiforgery"/>).
    /// </summary>
    public static WebApplicationBuilder AddSiteComponents(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>()?.Circuits ?? new SiteOptions.CircuitSettings();
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(options =>
            {
                options.DisconnectedCircuitRetentionPeriod = settings.DisconnectedRetention;
                options.DisconnectedCircuitMaxRetained = settings.DisconnectedMaxRetained;
                options.JSInteropDefaultCallTimeout = settings.JSInteropTimeout;
            })
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = settings.MaximumReceiveMessageBytes);
        IslandAntiforgery.Decorate(builder.Services);
        builder.Services.AddSingleton<OpenCircuits>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitLog>());
        return builder;
    }

    /// <summary>
    /// The pages, with the interactive Server render mode for those marked <see cref="InteractiveIslandsAttribute"/>. The
    /// framework's own <c>frame-ancestors 'self'</c> header is left out: the site's policy already says <c>'none'</c>.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder MapSitePages(this WebApplication app)
    {
        var pages = app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        pages.Add(StaticPagesPersistNoState);
        return pages;
    }

    /// <summary>
    /// Once a render mode is configured, the framework writes the components' persisted state, data-protected, at the
    /// end of every page, even a page with no interactive component and nothing to persist: some 750 bytes that do not
    /// compress, and a protection, on every reading page. Told that no render mode is theirs (the framework's own
    /// metadata, which it does not make public, with an empty list), pages without islands write none.
    /// </summary>
    private static void StaticPagesPersistNoState(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<InteractiveIslandsAttribute>().Any())
        {
            return;
        }
        var configured = endpoint.Metadata.LastOrDefault(item => item.GetType().FullName == ConfiguredRenderModesType);
        if (configured?.GetType().GetConstructor([typeof(IComponentRenderMode[])]) is { } none)
        {
            endpoint.Metadata.Add(none.Invoke([Array.Empty<IComponentRenderMode>()]));
        }
    }

    private const string ConfiguredRenderModesType = "Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata";
}
