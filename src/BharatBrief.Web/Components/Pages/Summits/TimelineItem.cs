using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Shared;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>One summit as the timeline lists it.</summary>
public sealed record TimelineItem(
    int Id, string Slug, string Title, SummitKind Kind, SummitStatus Status, string? Start, string? End, int? Year,
    string? City, string? Country, string? Venue, int? Ordinal, bool OrdinalIsDerived, IReadOnlyList<string> Participants)
{
    /// <summary>Every article that mentions it, oldest first (loaded for pages, not for downloads).</summary>
    public IReadOnlyList<ArticleLink> Sources { get; init; } = [];

    /// <summary>How many articles mention it.</summary>
    public int SourceCount { get; init; }

    public double Confidence { get; init; } = 1.0;

    public IReadOnlyList<string> ConfidenceNotes { get; init; } = [];

    public string? Place => City is null ? Country : Country is null || Country == City ? City : $"{City}, {Country}";
}
