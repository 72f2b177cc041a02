using BharatBrief.Web.Caching;

namespace BharatBrief.Web.Api;

/// <summary>The JSON API under /api: summits, agreements, themes and search; described at /openapi/v1.json.</summary>
public static class ReaderApi
{
    public static WebApplication MapReaderApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").CacheOutput(ReaderCache.PolicyName);
        api.MapSummitsApi();
        api.MapAgreementsApi();
        api.MapThemesApi();
        api.MapSearchApi();
        return app;
    }
}
