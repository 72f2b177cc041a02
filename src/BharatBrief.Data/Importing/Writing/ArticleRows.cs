using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// A parsed article's rows in the store's terms, made on a parse thread so that the single writer only binds and
/// steps. What only the writer knows is set by it: the slug (free among stored ones), the brief, the article's Id.
/// </summary>
internal sealed class ArticleRows
{
    private readonly ArticleRowShapes _shapes;

    private ArticleRows(ArticleRowShapes shapes, Article article, object[] articleValues,
        List<object[]> themes, List<object[]> summits, List<object[]> agreements, List<object[]> figures)
    {
        _shapes = shapes;
        Article = article;
        ArticleValues = articleValues;
        Themes = themes;
        Summits = summits;
        Agreements = agreements;
        Figures = figures;
    }

    /// <summary>The article as an entity, for the rare update of a stored article through EF Core.</summary>
    public Article Article { get; }

    public object[] ArticleValues { get; }

    public IReadOnlyList<object[]> Themes { get; }

    public IReadOnlyList<object[]> Summits { get; }

    public IReadOnlyList<object[]> Agreements { get; }

    public IReadOnlyList<object[]> Figures { get; }

    public static ArticleRows Of(ArticleRowShapes shapes, ParsedArticle parsed, string? metadataHash, string pipelineVersion, DateTime now)
    {
        // The parser's slug until the writer picks a free one.
        var article = ArticleMapper.ToArticle(parsed, parsed.Slug, metadataHash, pipelineVersion, now);
        return new ArticleRows(
            shapes,
            article,
            shapes.Articles.ValuesOf(article),
            [.. ArticleMapper.Themes(parsed).Select(shapes.Themes.ValuesOf)],
            [.. MentionMapper.Summits(parsed).Select(shapes.Summits.ValuesOf)],
            [.. MentionMapper.Agreements(parsed).Select(shapes.Agreements.ValuesOf)],
            [.. MentionMapper.Figures(parsed).Select(shapes.Figures.ValuesOf)]);
    }

    /// <summary>Gives the article its slug and the brief it publishes, in the entity and in its row.</summary>
    public void Place(string slug, int? briefId)
    {
        Article.Slug = slug;
        Article.BriefId = briefId;
        ArticleValues[_shapes.ArticleSlug] = _shapes.Articles.ToProvider(_shapes.ArticleSlug, slug);
        ArticleValues[_shapes.ArticleBriefId] = _shapes.Articles.ToProvider(_shapes.ArticleBriefId, briefId);
    }

    /// <summary>Points every fact row at the stored article.</summary>
    public void BelongTo(int articleId)
    {
        Set(Themes, _shapes.ThemeArticleId, articleId);
        Set(Summits, _shapes.SummitArticleId, articleId);
        Set(Agreements, _shapes.AgreementArticleId, articleId);
        Set(Figures, _shapes.FigureArticleId, articleId);
    }

    private static void Set(IReadOnlyList<object[]> rows, int column, int articleId)
    {
        foreach (var row in rows)
        {
            row[column] = articleId;
        }
    }
}
