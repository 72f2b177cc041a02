namespace BharatBrief.Data.Entities;

/// <summary>One save of a brief: who, when, what it said and which fields changed. Any revision can be restored.</summary>
public sealed class BriefRevision
{
    public int Id { get; set; }

    public int BriefId { get; set; }

    /// <summary>1 for the first save of the brief, then 2, 3, …</summary>
    public int Number { get; set; }

    /// <summary>The brief's version this save produced; for a "conflict" revision, the version its editor started from.</summary>
    public int Version { get; set; }

    /// <summary>"created", "saved", "published", "unpublished", "restored" — or "conflict" for an edit kept aside because another was saved first.</summary>
    public required string Action { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? SourceName { get; set; }

    public string? SourceUrl { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>The fields that differ from the revision before ("title", "body", …).</summary>
    public IReadOnlyList<string> ChangedFields { get; set; } = [];

    public required string Author { get; set; }

    public DateTime SavedAt { get; set; }

    public Brief? Brief { get; set; }
}
