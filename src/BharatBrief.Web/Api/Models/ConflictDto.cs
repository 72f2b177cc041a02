namespace BharatBrief.Web.Api.Models;

/// <summary>A field sources disagree on, with every claim.</summary>
public sealed record ConflictDto(string Field, IReadOnlyList<ClaimDto> Claims);
