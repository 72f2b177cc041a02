namespace BharatBrief.Web.Components.Pages.Themes;

/// <summary>A theme with how many articles, summits and agreements have it.</summary>
public sealed record ThemeCount(string Slug, string Name, string About, int Articles, int Summits, int Agreements);
