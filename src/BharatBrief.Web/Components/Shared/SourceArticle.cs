using BharatBrief.Data.Entities;
using BharatBrief.Data.Search;

namespace BharatBrief.Web.Components.Shared;

/// <summary>An article as a source, with the sentences (index and text) it says something in.</summary>
/// <remarks>Credited by <see cref="Attribution"/>, never by the file it was ingested from.</remarks>
public sealed record SourceArticle(string Slug, string Title, string? Date, IReadOnlyList<(int Sentence, string Quote)> Quotes)
{
    /// <summary>Its outlet, author, published date and original address.</summary>
    public ArticleAttribution? Attribution { get; init; }

    /// <summary>Groups evidence by article: one entry per article, its sentences in reading order, oldest article first.</summary>
    public static IReadOnlyList<SourceArticle> From(IEnumerable<Evidenced> mentions) =>
        [.. mentions
            .GroupBy(mention => mention.Slug)
            .Select(article =>
            {
                var first = article.First();
                var quotes = article.SelectMany(m => m.Evidence)
                    .DistinctBy(evidence => evidence.Sentence).OrderBy(evidence => evidence.Sentence)
                    .Select(evidence => (evidence.Sentence, evidence.Quote)).ToList();
                return new SourceArticle(first.Slug, first.Title, first.Date, quotes) { Attribution = first.Attribution };
            })
            .OrderBy(source => source.Date ?? "9999", StringComparer.Ordinal).ThenBy(source => source.Slug, StringComparer.Ordinal)];

    /// <summary>One mention of something in an article, with its evidence.</summary>
    public sealed record Evidenced(string Slug, string Title, string? Date, IReadOnlyList<StoredEvidence> Evidence)
    {
        public ArticleAttribution? Attribution { get; init; }

        /// <summary>A mention in the article the catalog describes.</summary>
        public static Evidenced Of(CatalogEntry article, IReadOnlyList<StoredEvidence> evidence) =>
            new(article.Slug, article.Title, article.Date, evidence) { Attribution = article.Attribution };
    }
}
