namespace BharatBrief.Data.Entities;

/// <summary>A theme of the fixed taxonomy (docs/domain.md), seeded by the migrations.</summary>
public sealed class Theme
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string About { get; set; }

    /// <summary>Position in the taxonomy, for listing themes in their documented order.</summary>
    public int Position { get; set; }
}
