namespace BharatBrief.Web.Components.Pages.Editor;

/// <summary>A form that changes a brief as it was when the page was read (unpublish, restore a revision).</summary>
public sealed class VersionForm
{
    public int Version { get; set; }

    /// <summary>The revision to restore.</summary>
    public int Number { get; set; }
}
