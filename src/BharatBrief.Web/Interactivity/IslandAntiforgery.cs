using BharatBrief.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace BharatBrief.Web.Interactivity;

/// <summary>
/// Antiforgery that issues no token on readers' pages with interactive islands and defers to the framework's
/// everywhere else. The framework hands every prerendered interactive component the request's token (for forms it
/// might post), which sets the antiforgery cookie, marks the page no-cache, and over plain http fails outright, since
/// the editors' cookie is Secure. Readers' islands post no forms: their page gets neither cookie nor token. Editors'
/// pages keep theirs (their own forms post with it). Validation is untouched.
/// </summary>
internal sealed class IslandAntiforgery(IAntiforgery framework, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    /// <summary>Puts this in front of the registered <see cref="IAntiforgery"/> (call after it is registered).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(service => service.ServiceType == typeof(IAntiforgery));
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IAntiforgery),
            provider => new IslandAntiforgery(Resolve(provider, registered), provider.GetRequiredService<IOptions<AntiforgeryOptions>>()),
            registered.Lifetime));
    }

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsReadersIsland(httpContext) ? NoTokens : framework.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        IsReadersIsland(httpContext) ? NoTokens : framework.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => framework.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => framework.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => framework.SetCookieTokenAndHeader(httpContext);

    private static bool IsReadersIsland(HttpContext context) => InteractiveIslandsAttribute.IsOn(context) && !EditorArea.Covers(context);

    private AntiforgeryTokenSet NoTokens => new(null, null, options.Value.FormFieldName, options.Value.HeaderName);

    private static IAntiforgery Resolve(IServiceProvider provider, ServiceDescriptor registered) => registered switch
    {
        { ImplementationInstance: IAntiforgery instance } => instance,
        { ImplementationFactory: { } factory } => (IAntiforgery)factory(provider),
        _ => (IAntiforgery)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
    };
}
