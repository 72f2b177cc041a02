using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>The prepared inserts of an article and its facts, made once per run and reused for every article.</summary>
internal sealed class FactInserters(BharatBriefDbContext db, ArticleRowShapes shapes) : IDisposable
{
    public BulkInserter<Article> Articles { get; } = new(db, shapes.Articles);

    public BulkInserter<ArticleTheme> Themes { get; } = new(db, shapes.Themes);

    public BulkInserter<SummitMentionRow> Summits { get; } = new(db, shapes.Summits);

    public BulkInserter<AgreementMentionRow> Agreements { get; } = new(db, shapes.Agreements);

    public BulkInserter<FigureRow> Figures { get; } = new(db, shapes.Figures);

    public PendingMarker Pending { get; } = new(db);

    /// <summary>Inserts the fact rows of an article that <see cref="ArticleRows.BelongTo"/> has pointed at it.</summary>
    public void InsertFacts(ArticleRows rows)
    {
        InsertAll(Themes, rows.Themes);
        InsertAll(Summits, rows.Summits);
        InsertAll(Agreements, rows.Agreements);
        InsertAll(Figures, rows.Figures);
    }

    public void Dispose()
    {
        Articles.Dispose();
        Themes.Dispose();
        Summits.Dispose();
        Agreements.Dispose();
        Figures.Dispose();
        Pending.Dispose();
    }

    private static void InsertAll<T>(BulkInserter<T> inserter, IReadOnlyList<object[]> rows)
        where T : class
    {
        foreach (var row in rows)
        {
            inserter.Insert(row);
        }
    }
}
