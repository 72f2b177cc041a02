using BharatBrief.Data.Search;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>
/// An article as a source of a summit, with its quotes strongest first (the order the extractor ranked them in), and
/// without the headings and labels that name the summit but say nothing of it.
/// </summary>
public sealed record SummitSource(string Slug, string Title, string? Date, IReadOnlyList<(int Sentence, string Quote)> Quotes)
{
    /// <summary>Its outlet, author, published date and original address.</summary>
    public ArticleAttribution? Attribution { get; init; }
}
