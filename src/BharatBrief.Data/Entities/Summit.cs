using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Entities;

/// <summary>One real leaders' meeting, consolidated from every article that mentions it.</summary>
public sealed class Summit : IConsolidatedRow
{
    public int Id { get; set; }

    /// <summary>URL name ("moscow-2024-07"); kept across consolidations once given.</summary>
    public required string Slug { get; set; }

    /// <inheritdoc />
    public string Fingerprint { get; set; } = "";

    public required string Title { get; set; }

    public SummitKind Kind { get; set; }

    public SummitStatus Status { get; set; }

    /// <summary>ISO date at the precision the evidence supports ("2024", "2024-07", "2024-07-08").</summary>
    public string? Start { get; set; }

    public string? End { get; set; }

    /// <summary>The first day <see cref="Start"/> covers, for sorting; null when undated.</summary>
    public DateOnly? StartsOn { get; set; }

    public int? Year { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? Venue { get; set; }

    public string? Forum { get; set; }

    public int? Ordinal { get; set; }

    public bool OrdinalIsDerived { get; set; }

    public required IReadOnlyList<string> Participants { get; set; }

    public required IReadOnlyList<StoredConflict> Conflicts { get; set; }

    /// <summary>How sure the record is of this fact, between 0 and 1 (<see cref="Ingestion.Merging.Confidence"/>); an editor's review sets it to 1 or 0.</summary>
    public double Confidence { get; set; } = 1.0;

    /// <summary>What lowered <see cref="Confidence"/>, in a reader's words ("one source", "date inferred"), or the editor's decision.</summary>
    public IReadOnlyList<string> ConfidenceNotes { get; set; } = [];

    public List<SummitTheme> Themes { get; set; } = [];

    public List<SummitMentionRow> Mentions { get; set; } = [];

    public List<Agreement> Agreements { get; set; } = [];
}
