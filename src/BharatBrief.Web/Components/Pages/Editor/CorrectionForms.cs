namespace BharatBrief.Web.Components.Pages.Editor;

/// <summary>Merge this summit into another, named by its slug.</summary>
public sealed class MergeForm
{
    public string? Target { get; set; }
}

/// <summary>A mention to detach from its summit or agreement (the button pressed carries its id).</summary>
public sealed class DetachForm
{
    public int MentionId { get; set; }
}

/// <summary>An agreement's name, alias or status with its source, each from a form of its own.</summary>
public sealed class AgreementEditForm
{
    public string? Name { get; set; }
    public string? Alias { get; set; }
    public string? Status { get; set; }
    public string? Source { get; set; }
}
