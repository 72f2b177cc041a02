namespace BharatBrief.Web.Api.Models;

/// <summary>One page of the summits that match a request's filters, in time order.</summary>
public sealed record SummitListDto(int Total, int Page, int PageSize, int PageCount, IReadOnlyList<SummitSummaryDto> Items);
