using BharatBrief.Web.Hosting;

namespace BharatBrief.Web.Feeds;

/// <summary>
/// The site's public address for the absolute links of feeds, the sitemap, robots.txt and canonical tags:
/// <c>BharatBrief:PublicBaseUrl</c>, never the request's Host header (which anyone can set, and a cached feed would
/// then hand to every reader).
/// </summary>
internal static class SiteAddress
{
    public static string Of(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<SiteOptions>().PublicBase;
}
