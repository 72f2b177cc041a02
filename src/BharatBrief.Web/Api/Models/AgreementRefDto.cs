namespace BharatBrief.Web.Api.Models;

/// <summary>An agreement named from elsewhere (a summit).</summary>
public sealed record AgreementRefDto(string Slug, string Name, string Url, string Kind, string Status, ApiDate? Date);
