namespace BharatBrief.Data.Search;

/// <summary>An article that matches a search, best first.</summary>
/// <param name="ArticleId">The article's key.</param>
/// <param name="Slug">Its URL name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Snippet">
/// Words around the match with matched terms between <see cref="ArticleSearch.MarkStart"/> and
/// <see cref="ArticleSearch.MarkEnd"/>; the text is not HTML-encoded.
/// </param>
/// <param name="Rank">bm25 score: lower is better.</param>
public sealed record SearchHit(int ArticleId, string Slug, string Title, string Snippet, double Rank);
