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

    /// <summary>The circuits of interactive islands (search as you type).</summary>
    public CircuitSettings Circuits { get; set; } = new();

    public sealed class CircuitSettings
    {
        /// <summary>
        /// How long a circuit whose reader lost the connection is kept for them to come back to. Long enough for a phone
        /// that changes networks or a tab put aside for a moment; shorter than the framework's three minutes because
        /// all a search circuit holds is in its address, which a reload restores.
        /// </summary>
        public TimeSpan DisconnectedRetention { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>
        /// The most disconnected circuits kept at once (the framework keeps 100); past it the oldest go first. Each holds a
        /// page of results, and the site's machines are small.
        /// </summary>
        public int DisconnectedMaxRetained { get; set; } = 50;

        /// <summary>
        /// How long a call into the browser may take (the framework allows a minute). The islands call it only to move
        /// focus and to rewrite the address and the title, which answer at once or not at all (a lost connection): a circuit should not
        /// wait a minute for that.
        /// </summary>
        public TimeSpan JSInteropTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>
        /// The largest message a browser may send over a circuit (the framework's default is 32 KB). The biggest a reader
        /// sends is the search box's text, 500 characters at most, or the circuit's start with its component descriptors
        /// (a few KB); 16 KB leaves room for both and caps what a client can make the server read and hold.
        /// </summary>
        public long MaximumReceiveMessageBytes { get; set; } = 16 * 1024;
    }

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
