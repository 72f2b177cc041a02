namespace BharatBrief.Web.Api.Models;

/// <summary>An article that says something, credited as pages credit it, and the sentences it says it in.</summary>
/// <param name="Attribution">Who published the original and where; null when nothing of it is known.</param>
public sealed record SourceDto(string Article, string Title, string Url, ApiDate? Date, AttributionDto? Attribution, IReadOnlyList<QuoteDto> Quotes);
