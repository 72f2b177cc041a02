using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>The prepared inserts of an article and its facts, made once per run and reused for every article.</summary>
internal sealed class FactInserters(BharatBriefDbContext db) : IDisposable
{
    public BulkInserter<Article> Articles { get; } = new(db);

    public BulkInserter<ArticleTheme> Themes { get; } = new(db);

    public BulkInserter<SummitMentionRow> Summits { get; } = new(db);

    public BulkInserter<AgreementMentionRow> Agreements { get; } = new(db);

    public BulkInserter<FigureRow> Figures { get; } = new(db);

    /// <summary>Inserts the facts of article <paramref name="articleId"/>; their ArticleId is set here.</summary>
    public void InsertFacts(int articleId, IEnumerable<ArticleTheme> themes, IEnumerable<SummitMentionRow> summits,
        IEnumerable<AgreementMentionRow> agreements, IEnumerable<FigureRow> figures)
    {
        foreach (var theme in themes)
        {
            theme.ArticleId = articleId;
            Themes.Insert(theme);
        }
        foreach (var summit in summits)
        {
            summit.ArticleId = articleId;
            Summits.Insert(summit);
        }
        foreach (var agreement in agreements)
        {
            agreement.ArticleId = articleId;
            Agreements.Insert(agreement);
        }
        foreach (var figure in figures)
        {
            figure.ArticleId = articleId;
            Figures.Insert(figure);
        }
    }

    public void Dispose()
    {
        Articles.Dispose();
        Themes.Dispose();
        Summits.Dispose();
        Agreements.Dispose();
        Figures.Dispose();
    }
}
