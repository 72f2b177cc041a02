namespace BharatBrief.Data.Entities;

/// <summary>A theme an agreement belongs to.</summary>
public sealed class AgreementTheme
{
    public int AgreementId { get; set; }

    public required string ThemeSlug { get; set; }

    public Agreement? Agreement { get; set; }

    public Theme? Theme { get; set; }
}
