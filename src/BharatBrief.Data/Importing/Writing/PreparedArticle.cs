using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>An article read and parsed (on any thread), ready for the single writer: parsed, unchanged or to skip.</summary>
internal sealed class PreparedArticle
{
    /// <summary>The file name, or the brief's title.</summary>
    public required string Name { get; init; }

    /// <summary>The file name the article is stored under; null for briefs.</summary>
    public string? SourceName { get; init; }

    /// <summary>The brief the article publishes; it replaces that brief's earlier article.</summary>
    public int? BriefId { get; init; }

    public ParsedArticle? Parsed { get; init; }

    /// <summary>The rows of <see cref="Parsed"/>, made beside it on the parse thread.</summary>
    public ArticleRows? Rows { get; init; }

    public string? MetadataHash { get; init; }

    public string? SkipReason { get; init; }

    /// <summary>The exception behind a skip, for the debug log.</summary>
    public Exception? Failure { get; init; }

    public bool IsUnchanged { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public long ParseMilliseconds { get; init; }

    /// <summary>The same article, publishing the given brief.</summary>
    public PreparedArticle ForBrief(int briefId) => new()
    {
        Name = Name,
        SourceName = SourceName,
        BriefId = briefId,
        Parsed = Parsed,
        Rows = Rows,
        MetadataHash = MetadataHash,
        SkipReason = SkipReason,
        Failure = Failure,
        IsUnchanged = IsUnchanged,
        Warnings = Warnings,
        ParseMilliseconds = ParseMilliseconds,
    };

    public static PreparedArticle Skip(string name, string reason, IReadOnlyList<string> warnings, Exception? failure = null) =>
        new() { Name = name, SkipReason = reason, Warnings = warnings, Failure = failure };
}
