namespace BharatBrief.Web.Api.Models;

/// <summary>
/// A site search: how the query was read, the facet counts, and one page of the listed kind (articles unless a kind
/// was asked for), with the best summits and agreements when no kind was.
/// </summary>
public sealed record SearchResultDto(
    string Query, IReadOnlyList<string> Notes, int Total, IReadOnlyDictionary<string, int> Kinds, IReadOnlyDictionary<string, int> Themes,
    IReadOnlyDictionary<string, int> Years, string Listed, int Page, int PageCount, IReadOnlyList<SearchHitDto> Results,
    IReadOnlyList<SearchHitDto> TopSummits, IReadOnlyList<SearchHitDto> TopAgreements);
