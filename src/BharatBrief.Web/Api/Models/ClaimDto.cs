namespace BharatBrief.Web.Api.Models;

/// <summary>One side of a disagreement between sources.</summary>
public sealed record ClaimDto(string Value, string Article, string Quote, string Url);
