namespace BharatBrief.Web.Api.Models;

/// <summary>A status a source gives an agreement, as of the source's date, with its sentence.</summary>
public sealed record StatusClaimDto(string Status, string Article, ApiDate? AsOf, QuoteDto Quote);
