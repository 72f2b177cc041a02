namespace BharatBrief.Web.Components.Shared;

/// <summary>An article in a list: title, lede, date (ISO at its precision) and its main themes.</summary>
public sealed record ArticleSummary(string Slug, string Title, string? Lede, string? Date, IReadOnlyList<string> Themes);
