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
