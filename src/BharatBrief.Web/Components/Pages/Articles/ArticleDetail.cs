using BharatBrief.Data.Entities;
using BharatBrief.Data.Search;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>Everything the article page shows: the text with its outline and what was extracted from it.</summary>
public sealed record ArticleDetail
{
    public required int Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string? Lede { get; init; }

    public required string Body { get; init; }

    public bool IsMarkdown { get; init; }

    /// <summary>The file it was ingested from; never shown: pages cite <see cref="Attribution"/>.</summary>
    public string? SourceName { get; init; }

    public ArticleAttribution Attribution { get; init; } = new(null, null, null, null, false);

    public string? PublishedOn { get; init; }

    public string? AsOf { get; init; }

    public string AsOfBasis { get; init; } = "";

    public int WordCount { get; init; }

    public required ArticleOutline Outline { get; init; }

    public IReadOnlyList<StoredEntity> Entities { get; init; } = [];

    public IReadOnlyList<(string Slug, double Weight)> Themes { get; init; } = [];

    public IReadOnlyList<SummitInArticle> Summits { get; init; } = [];

    public IReadOnlyList<AgreementInArticle> Agreements { get; init; } = [];

    public IReadOnlyList<FigureInArticle> Figures { get; init; } = [];
}
