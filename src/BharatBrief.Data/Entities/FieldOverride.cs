namespace BharatBrief.Data.Entities;

/// <summary>
/// An editor's value for one field of a summit or an agreement ("start" = "2024-07-08"), applied over what
/// consolidation computes every time it runs, so that the fix survives re-ingestion.
/// </summary>
public sealed class FieldOverride
{
    public int Id { get; set; }

    /// <summary>"summit" or "agreement".</summary>
    public required string Entity { get; set; }

    public int EntityId { get; set; }

    /// <summary>The field: for summits start, end, city, country, venue, kind, status, ordinal, title; for agreements name, aliases, status, status-source.</summary>
    public required string Field { get; set; }

    /// <summary>The value as text (slugs for enumerations, ISO for dates, a JSON list for aliases); null clears the field.</summary>
    public string? Value { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
