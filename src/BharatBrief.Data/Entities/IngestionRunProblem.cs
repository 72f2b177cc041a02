namespace BharatBrief.Data.Entities;

/// <summary>An item of an <see cref="IngestionRun"/> that was skipped or failed, and why.</summary>
public sealed class IngestionRunProblem
{
    /// <summary>A run over a large inbox of bad files keeps this many; the run's counts keep the rest.</summary>
    public const int MaxPerRun = 100;

    public int Id { get; set; }

    public int RunId { get; set; }

    /// <summary>The file name, or the feed entry's title or link.</summary>
    public required string Item { get; set; }

    /// <summary>True when the store refused it (tried again next run); false when skipped for a reason of its own.</summary>
    public bool Failed { get; set; }

    public required string Reason { get; set; }
}
