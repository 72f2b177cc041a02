namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>A run of a sentence's text: plain, or highlighted (an entity, an agreement, the dateline), possibly a link.</summary>
/// <param name="Text">The words, as they stand in the article (markup hidden).</param>
/// <param name="Class">The highlight: "entity person", "entity place", "agreement", "dateline"…; null for plain text.</param>
/// <param name="Href">Where the highlight links to; null for none.</param>
/// <param name="Title">What the highlight is, for a tooltip ("Person: Vladimir Putin").</param>
public sealed record BodySegment(string Text, string? Class = null, string? Href = null, string? Title = null);
