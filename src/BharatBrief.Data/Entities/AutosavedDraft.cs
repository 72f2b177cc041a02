namespace BharatBrief.Data.Entities;

/// <summary>
/// What one editor has typed into a brief's form and not saved: kept as they type, one per editor and brief (or per
/// editor for a brief not yet created), offered back when they open the brief again. Never on the record, never a
/// revision; saving or publishing the brief ends it.
/// </summary>
public sealed class AutosavedDraft
{
    public int Id { get; set; }

    /// <summary>The editor's user name (their e-mail address).</summary>
    public required string Editor { get; set; }

    /// <summary>The brief, or null for a brief not yet created.</summary>
    public int? BriefId { get; set; }

    /// <summary>The brief's version the editor's form was at: saving the draft is a conflict when another was saved since.</summary>
    public int BaseVersion { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>The fields as typed (a date may be half written), so that the form comes back exactly as it was left.</summary>
    public string? PublishedOn { get; set; }

    public string? SourceName { get; set; }

    public string? SourceUrl { get; set; }

    public string? Tags { get; set; }

    public DateTime SavedAt { get; set; }

    public Brief? Brief { get; set; }
}
