using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Entities;

/// <summary>One real agreement, consolidated from every article that names it.</summary>
public sealed class Agreement : IConsolidatedRow
{
    public int Id { get; set; }

    /// <summary>URL name ("relos"); kept across consolidations once given.</summary>
    public required string Slug { get; set; }

    /// <inheritdoc />
    public string Fingerprint { get; set; } = "";

    public required string Name { get; set; }

    public required IReadOnlyList<string> Aliases { get; set; }

    public AgreementKind Kind { get; set; }

    /// <summary>The latest status any source supports.</summary>
    public AgreementStatus Status { get; set; }

    /// <summary>When it reached <see cref="Status"/> (ISO at its precision); null when unknown.</summary>
    public string? Date { get; set; }

    /// <summary>The source an editor cited when setting the status by hand; null when the status is the sources' own.</summary>
    public string? StatusSource { get; set; }

    /// <summary>The summit it was signed or announced at, when a source says.</summary>
    public int? SummitId { get; set; }

    /// <summary>Every status claim, oldest stage first.</summary>
    public required IReadOnlyList<StoredStatusChange> History { get; set; }

    /// <summary>How sure the record is of this fact, between 0 and 1 (<see cref="Ingestion.Merging.Confidence"/>); an editor's review sets it to 1 or 0.</summary>
    public double Confidence { get; set; } = 1.0;

    /// <summary>What lowered <see cref="Confidence"/>, in a reader's words ("one source", "date inferred"), or the editor's decision.</summary>
    public IReadOnlyList<string> ConfidenceNotes { get; set; } = [];

    public Summit? Summit { get; set; }

    public List<AgreementTheme> Themes { get; set; } = [];

    public List<AgreementMentionRow> Mentions { get; set; } = [];
}
