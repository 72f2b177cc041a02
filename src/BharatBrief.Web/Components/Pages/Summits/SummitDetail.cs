using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Shared;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>Everything the summit page shows of one summit.</summary>
public sealed record SummitDetail
{
    public required int Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required SummitKind Kind { get; init; }

    public required SummitStatus Status { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public string? Venue { get; init; }

    public string? Forum { get; init; }

    public int? Ordinal { get; init; }

    public bool OrdinalIsDerived { get; init; }

    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>How sure the record is of the summit (0–1), and what lowered it.</summary>
    public double Confidence { get; init; } = 1.0;

    public IReadOnlyList<string> ConfidenceNotes { get; init; } = [];

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<AgreementAtSummit> Agreements { get; init; } = [];

    /// <summary>Every article that mentions the summit, with the sentences that do, oldest article first.</summary>
    public IReadOnlyList<SourceArticle> Sources { get; init; } = [];

    /// <summary>The same sources, each with its quotes strongest first and without headings or labels.</summary>
    public IReadOnlyList<SummitSource> SourceGroups { get; init; } = [];

    public IReadOnlyList<ConflictView> Conflicts { get; init; } = [];

    /// <summary>The summit before this one: the annual summit before it, or for other meetings the meeting before it by date.</summary>
    public SeriesLink? Previous { get; init; }

    public SeriesLink? Next { get; init; }

    /// <summary>Whether <see cref="Previous"/> and <see cref="Next"/> are neighbours in the annual series, not merely in time.</summary>
    public bool NeighboursAreAnnual { get; init; }
}
