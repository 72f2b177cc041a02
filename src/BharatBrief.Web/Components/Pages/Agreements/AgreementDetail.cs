using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Shared;

namespace BharatBrief.Web.Components.Pages.Agreements;

/// <summary>Everything the agreement page shows of one agreement.</summary>
public sealed record AgreementDetail
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>How sure the record is of the agreement (0–1), and what lowered it.</summary>
    public double Confidence { get; init; } = 1.0;

    public IReadOnlyList<string> ConfidenceNotes { get; init; } = [];

    public required AgreementKind Kind { get; init; }

    public required AgreementStatus Status { get; init; }

    public string? Date { get; init; }

    public string? SummitSlug { get; init; }

    public string? SummitTitle { get; init; }

    public string? SummitStart { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Each status a source gives it, earliest stage first.</summary>
    public IReadOnlyList<StatusClaim> History { get; init; } = [];

    public IReadOnlyList<SourceArticle> Sources { get; init; } = [];
}
