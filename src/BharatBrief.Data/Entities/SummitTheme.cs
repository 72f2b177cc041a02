namespace BharatBrief.Data.Entities;

/// <summary>A theme a summit's evidence speaks of.</summary>
public sealed class SummitTheme
{
    public int SummitId { get; set; }

    public required string ThemeSlug { get; set; }

    public Summit? Summit { get; set; }

    public Theme? Theme { get; set; }
}
