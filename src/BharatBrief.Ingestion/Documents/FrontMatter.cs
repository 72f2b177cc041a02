namespace BharatBrief.Ingestion.Documents;

/// <summary>
/// Metadata given with an article: a leading <c>---</c> block of <c>key: value</c> lines, or a sidecar file.
/// Keys are compared without regard to case.
/// </summary>
public sealed class FrontMatter
{
    public static readonly FrontMatter Empty = new(new Dictionary<string, string>());

    private readonly Dictionary<string, string> _values;

    public FrontMatter(IReadOnlyDictionary<string, string> values)
    {
        _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? this[string key] => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public string? Title => this["title"];

    /// <summary>The published date as written ("2025-11-20"); parsing is the caller's business.</summary>
    public string? Published => this["published"] ?? this["date"];

    public string? SourceName => this["source"];

    public string? Url => this["url"];

    /// <summary>The publication that ran the article ("The Hindu"): <c>outlet</c>, <c>publication</c>, or <c>source</c> (an editor's brief's source name).</summary>
    public string? Outlet => this["outlet"] ?? this["publication"] ?? this["source"];

    /// <summary>Who wrote it: <c>author</c> or <c>byline</c>.</summary>
    public string? Author => this["author"] ?? this["byline"];

    public IReadOnlyList<string> Tags =>
        this["tags"] is { } tags
            ? tags.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    /// <summary>A copy with the other block's values added where this one has none.</summary>
    public FrontMatter With(FrontMatter other)
    {
        var merged = new Dictionary<string, string>(other._values, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in _values)
        {
            merged[key] = value;
        }
        return new FrontMatter(merged);
    }
}
