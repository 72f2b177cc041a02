namespace BharatBrief.Web.Components.Pages.Home;

/// <summary>A figure sources give, how many give it, and one of them with its sentence.</summary>
public sealed record KeyFigure(string Value, string What, int Sources, string ArticleSlug, string ArticleTitle, int Sentence, string Quote);
