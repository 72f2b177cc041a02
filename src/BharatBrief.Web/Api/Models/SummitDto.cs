namespace BharatBrief.Web.Api.Models;

/// <summary>A summit with its agreements, every source with its sentences, and the disagreements between sources.</summary>
public sealed record SummitDto(
    string Slug, string Title, string Url, string Kind, string Status, ApiDate? Date, string? City, string? Country, string? Venue,
    string? Forum, int? Ordinal, bool OrdinalIsDerived, IReadOnlyList<string> Participants, IReadOnlyList<string> Themes,
    IReadOnlyList<AgreementRefDto> Agreements, IReadOnlyList<SourceDto> Sources, IReadOnlyList<ConflictDto> Conflicts);
