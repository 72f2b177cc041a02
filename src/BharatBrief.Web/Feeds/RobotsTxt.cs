namespace BharatBrief.Web.Feeds;

/// <summary>robots.txt: every page may be crawled but searches and the API, which only repeat what the pages say.</summary>
internal static class RobotsTxt
{
    public static IResult Write(HttpContext context) => Results.Text(
        $"""
        User-agent: *
        Disallow: /search
        Disallow: /api/
        Sitemap: {SiteAddress.Of(context.Request)}/sitemap.xml

        """,
        "text/plain; charset=utf-8");
}
