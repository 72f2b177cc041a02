namespace BharatBrief.Data.Editing;

/// <summary>What an editor writes: a title, a Markdown body and optional metadata.</summary>
public sealed record BriefDraft(
    string Title,
    string Body,
    DateOnly? PublishedOn = null,
    string? SourceName = null,
    string? SourceUrl = null,
    IReadOnlyList<string>? Tags = null)
{
    public IReadOnlyList<string> TagList => Tags ?? [];
}
