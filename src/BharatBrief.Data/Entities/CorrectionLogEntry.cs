namespace BharatBrief.Data.Entities;

/// <summary>The audit log of corrections to the record: who changed what, when, from what to what.</summary>
public sealed class CorrectionLogEntry
{
    public int Id { get; set; }

    public DateTime At { get; set; }

    public required string User { get; set; }

    /// <summary>"summit.edit", "summit.merge", "summit.split", "agreement.rename", "agreement.alias", "agreement.status", "mention.detach".</summary>
    public required string Action { get; set; }

    /// <summary>What was corrected, as readers know it ("summit moscow-2024-07").</summary>
    public required string Subject { get; set; }

    /// <summary>The values before, as JSON.</summary>
    public required string Before { get; set; }

    /// <summary>The values after, as JSON.</summary>
    public required string After { get; set; }
}
