namespace BharatBrief.Web.Api.Models;

/// <summary>A summit in a list.</summary>
public sealed record SummitSummaryDto(
    string Slug, string Title, string Url, string Kind, string Status, ApiDate? Date, string? City, string? Country, string? Venue,
    int? Ordinal, bool OrdinalIsDerived, IReadOnlyList<string> Participants, int SourceCount);
