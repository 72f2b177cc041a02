namespace BharatBrief.Web.Components.Pages.Agreements;

/// <summary>One entry of the status history: the status, the article that gives it, its as-of date and its sentence.</summary>
public sealed record StatusClaim(string Status, string ArticleSlug, string ArticleTitle, string? AsOf, int Sentence, string Quote);
