namespace BharatBrief.Data.Importing;

/// <summary>What a run did, and what the store holds after it.</summary>
public sealed record IngestReport
{
    /// <summary>Article files found (.txt and .md).</summary>
    public int Read { get; init; }

    public int Ingested { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    public IReadOnlyList<FileWarning> Warnings { get; init; } = [];

    /// <summary>Summits in the store after consolidation.</summary>
    public int Summits { get; init; }

    /// <summary>Agreements in the store after consolidation.</summary>
    public int Agreements { get; init; }

    /// <summary>Themes of the taxonomy that at least one stored article has.</summary>
    public int ThemesUsed { get; init; }

    /// <summary>Figures (numeric claims) in the store.</summary>
    public int Figures { get; init; }

    /// <summary>Summit fields on which stored sources disagree.</summary>
    public int Conflicts { get; init; }

    public TimeSpan Duration { get; init; }
}
