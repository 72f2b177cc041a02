namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>One side of a conflict: the value, the article, the sentence (its index when found among the evidence).</summary>
public sealed record ClaimView(string Value, string ArticleSlug, string ArticleTitle, string Quote, int? Sentence);
