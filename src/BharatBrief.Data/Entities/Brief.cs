namespace BharatBrief.Data.Entities;

/// <summary>An editor's brief: Markdown text with optional metadata, published through the same pipeline as any article.</summary>
public sealed class Brief
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The brief in Markdown, as the editor wrote it.</summary>
    public required string Body { get; set; }

    /// <summary>The published date the editor gave (ISO "2026-05-09"), read as the article's published date.</summary>
    public DateOnly? PublishedOn { get; set; }

    public string? SourceName { get; set; }

    public string? SourceUrl { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = [];

    public BriefState State { get; set; }

    /// <summary>The public article while the brief is published.</summary>
    public int? ArticleId { get; set; }

    /// <summary>Raised by every save; a save that expects another version is a conflict with an edit made meanwhile.</summary>
    public int Version { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Article? Article { get; set; }

    public List<BriefRevision> Revisions { get; set; } = [];
}
