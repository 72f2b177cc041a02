namespace BharatBrief.Web.Api.Models;

/// <summary>An agreement in the register.</summary>
public sealed record AgreementSummaryDto(
    string Slug, string Name, string Url, IReadOnlyList<string> Aliases, string Kind, string Status, ApiDate? Date,
    string? Summit, IReadOnlyList<string> Themes, int SourceCount);
