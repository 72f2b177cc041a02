namespace BharatBrief.Web.Components.Pages.Themes;

/// <summary>How many articles and summits of a theme one year has.</summary>
public sealed record YearMentions(int Year, int Articles, int Summits);
