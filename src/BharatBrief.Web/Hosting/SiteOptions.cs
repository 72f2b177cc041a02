namespace BharatBrief.Web.Hosting;

/// <summary>The site's settings, section <c>BharatBrief</c> of configuration.</summary>
public sealed class SiteOptions
{
    public const string Section = "BharatBrief";

    /// <summary>The SQLite file, relative to the content root unless rooted; <c>ConnectionStrings:BharatBrief</c> wins when set.</summary>
    public string Database { get; set; } = "App_Data/bharatbrief.db";

    /// <summary>The folder of seed articles, relative to the app's own folder unless rooted.</summary>
    public string Seeds { get; set; } = "seeds";

    /// <summary>Ingest <see cref="Seeds"/> when the store has no article yet.</summary>
    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>
    /// The address readers reach the site at (scheme, host, port and any path prefix, e.g.
    /// <c>https://bharatbrief.example</c>), for absolute links in feeds, the sitemap, robots.txt and canonical tags.
    /// Never taken from the request. Unset, it is <see cref="DefaultPublicBaseUrl"/> (a warning says so at start).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public const string DefaultPublicBaseUrl = "http://localhost";

    /// <summary><see cref="PublicBaseUrl"/> (or the default) without a trailing slash.</summary>
    public string PublicBase => (string.IsNullOrWhiteSpace(PublicBaseUrl) ? DefaultPublicBaseUrl : PublicBaseUrl.Trim()).TrimEnd('/');

    /// <summary>Why <see cref="PublicBaseUrl"/> cannot be used, or null.</summary>
    public string? PublicBaseUrlProblem() =>
        Uri.TryCreate(PublicBase, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"BharatBrief:PublicBaseUrl must be an absolute http or https address without a query, such as https://bharatbrief.example; it is '{PublicBaseUrl}'.";

    /// <summary>The caching of reader responses.</summary>
    public CacheSettings Cache { get; set; } = new();

    public sealed class CacheSettings
    {
        /// <summary>How often to look for changes made to the store by other processes.</summary>
        public double PollSeconds { get; set; } = 2;

        /// <summary>How long a cached response lives when nothing changes (it shows "next planned summit" against today).</summary>
        public double ExpireMinutes { get; set; } = 60;

        /// <summary>
        /// The most memory cached responses may take: compressed pages of 3–13 KB, so 16 MB holds a few thousand, and
        /// the site stays under 300 MB on a store of 10,000 articles (docs/web.md, "Speed").
        /// </summary>
        public int SizeLimitMegabytes { get; set; } = 16;
    }
}
