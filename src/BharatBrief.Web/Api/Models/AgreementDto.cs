namespace BharatBrief.Web.Api.Models;

/// <summary>An agreement with its status history and its sources.</summary>
public sealed record AgreementDto(
    string Slug, string Name, string Url, IReadOnlyList<string> Aliases, string Kind, string Status, ApiDate? Date,
    string? Summit, IReadOnlyList<string> Themes, IReadOnlyList<StatusClaimDto> History, IReadOnlyList<SourceDto> Sources);
