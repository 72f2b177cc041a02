using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>The row shapes of an article and its facts, made once per run and shared by the parse threads and the writer.</summary>
internal sealed class ArticleRowShapes
{
    public ArticleRowShapes(IModel model)
    {
        Articles = new(model);
        Themes = new(model);
        Summits = new(model);
        Agreements = new(model);
        Figures = new(model);
        ArticleSlug = Articles.IndexOf(nameof(Article.Slug));
        ArticleBriefId = Articles.IndexOf(nameof(Article.BriefId));
        ThemeArticleId = Themes.IndexOf(nameof(ArticleTheme.ArticleId));
        SummitArticleId = Summits.IndexOf(nameof(SummitMentionRow.ArticleId));
        AgreementArticleId = Agreements.IndexOf(nameof(AgreementMentionRow.ArticleId));
        FigureArticleId = Figures.IndexOf(nameof(FigureRow.ArticleId));
    }

    public RowShape<Article> Articles { get; }

    public RowShape<ArticleTheme> Themes { get; }

    public RowShape<SummitMentionRow> Summits { get; }

    public RowShape<AgreementMentionRow> Agreements { get; }

    public RowShape<FigureRow> Figures { get; }

    public int ArticleSlug { get; }

    public int ArticleBriefId { get; }

    public int ThemeArticleId { get; }

    public int SummitArticleId { get; }

    public int AgreementArticleId { get; }

    public int FigureArticleId { get; }
}
