namespace BharatBrief.Web.Components.Shared;

/// <summary>An article named as a source: its slug, title and date (ISO at its precision).</summary>
public sealed record ArticleLink(string Slug, string Title, string? Date);
