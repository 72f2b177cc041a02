namespace BharatBrief.Web.Api.Models;

/// <summary>The agreements that match a request's filters, in the requested order.</summary>
public sealed record AgreementListDto(int Total, IReadOnlyList<AgreementSummaryDto> Items);
