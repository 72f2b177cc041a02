namespace BharatBrief.Web.Feeds;

/// <summary>The site's own address as the request reached it, for the absolute links feeds and the sitemap need.</summary>
internal static class SiteAddress
{
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
