namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>A link from a sentence to a fact extracted from it.</summary>
public sealed record FactLink(string Label, string Href, string Kind);
