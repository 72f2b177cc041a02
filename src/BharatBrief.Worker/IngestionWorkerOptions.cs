namespace BharatBrief.Worker;

/// <summary>The ingestion worker's settings, section <c>BharatBrief:Ingestion:Worker</c> of configuration.</summary>
public sealed class IngestionWorkerOptions
{
    public const string Section = "BharatBrief:Ingestion:Worker";

    /// <summary>Run the worker inside the site (the single-machine deployment). The command line's <c>worker</c> ignores it.</summary>
    public bool Enabled { get; set; }

    /// <summary>A folder whose .txt and .md files (with sidecars and manifests) are ingested when new or changed; none when unset.</summary>
    public string? InboxPath { get; set; }

    /// <summary>Atom or RSS feeds polled on every pass.</summary>
    public List<FeedOptions> Feeds { get; set; } = [];

    /// <summary>Time between two passes over every source.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After a source's first failed run it is tried again no sooner than this; each further failure doubles the wait.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two tries of a failing source, however many times it failed.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a feed may take to answer.</summary>
    public TimeSpan FeedTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A feed document larger than this is refused (a run's error), so that a wrong address cannot fill memory.</summary>
    public long MaxFeedBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Runs older than this are removed at the start of a pass.</summary>
    public TimeSpan KeepRunsFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>What is wrong with these settings, one problem a line; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(InboxPath) && Feeds.Count == 0)
        {
            problems.Add($"{Section}: give an InboxPath, one or more Feeds, or both; the worker has nothing to read.");
        }
        if (Interval < TimeSpan.FromSeconds(1))
        {
            problems.Add($"{Section}:Interval must be at least one second (e.g. 00:05:00); it is {Interval}.");
        }
        if (RetryInitialDelay <= TimeSpan.Zero || RetryMaxDelay < RetryInitialDelay)
        {
            problems.Add($"{Section}: RetryInitialDelay must be positive and RetryMaxDelay at least as long; they are {RetryInitialDelay} and {RetryMaxDelay}.");
        }
        if (FeedTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:FeedTimeout must be positive; it is {FeedTimeout}.");
        }
        if (MaxFeedBytes <= 0)
        {
            problems.Add($"{Section}:MaxFeedBytes must be positive; it is {MaxFeedBytes}.");
        }
        for (var i = 0; i < Feeds.Count; i++)
        {
            if (!FeedSource.TryParseAddress(Feeds[i].Url, out _))
            {
                problems.Add($"{Section}:Feeds:{i}:Url must be an absolute http or https address; it is '{FeedSource.Redact(Feeds[i].Url)}'.");
            }
        }
        return problems;
    }

    public sealed class FeedOptions
    {
        /// <summary>The feed's address (http or https).</summary>
        public string Url { get; set; } = "";

        /// <summary>The publication credited on its articles; the feed's own title when unset.</summary>
        public string? Outlet { get; set; }
    }
}
