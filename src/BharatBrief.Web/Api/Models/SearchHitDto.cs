namespace BharatBrief.Web.Api.Models;

/// <summary>A search result. Matched words in <see cref="Title"/> and <see cref="Snippet"/> are between ⟦ and ⟧.</summary>
public sealed record SearchHitDto(string Kind, string Slug, string Title, string Url, string? Snippet, ApiDate? Date, string? Status, double Rank);
