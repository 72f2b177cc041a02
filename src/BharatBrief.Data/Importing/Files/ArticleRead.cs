using BharatBrief.Ingestion;

namespace BharatBrief.Data.Importing.Files;

/// <summary>An article file as read from disk: its source ready to parse, or why it cannot be.</summary>
internal sealed record ArticleRead(ArticleSource? Source, string? MetadataHash, string? SkipReason, IReadOnlyList<string> Warnings)
{
    public static ArticleRead Skip(string reason) => new(null, null, reason, []);
}
