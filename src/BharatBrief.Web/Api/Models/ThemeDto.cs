namespace BharatBrief.Web.Api.Models;

/// <summary>A theme of the taxonomy with how many articles, summits and agreements have it.</summary>
public sealed record ThemeDto(string Slug, string Name, string About, string Url, int Articles, int Summits, int Agreements);
