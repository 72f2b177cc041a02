namespace BharatBrief.Web.Api.Models;

/// <summary>An article that says something, and the sentences it says it in.</summary>
public sealed record SourceDto(string Article, string Title, string Url, ApiDate? Date, string? File, IReadOnlyList<QuoteDto> Quotes);
