namespace BharatBrief.Data.Search;

/// <summary>One result of a site search.</summary>
/// <param name="Kind">Article, summit or agreement.</param>
/// <param name="Id">Its key.</param>
/// <param name="Entry">What the catalog knows of it: slug, title, year, date, status.</param>
/// <param name="Title">Its title with matched words between <see cref="ArticleSearch.MarkStart"/> and <see cref="ArticleSearch.MarkEnd"/> (not HTML-encoded).</param>
/// <param name="Snippet">For an article, words of its body around the match, marked the same way; otherwise null.</param>
/// <param name="Rank">bm25 score within its kind: lower is better.</param>
public sealed record SiteSearchHit(SearchItemKind Kind, int Id, CatalogEntry Entry, string Title, string? Snippet, double Rank);
