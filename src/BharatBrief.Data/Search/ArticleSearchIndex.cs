namespace BharatBrief.Data.Search;

/// <summary>
/// Names of the FTS5 index over articles and of the triggers that keep it in step with the Articles table. The
/// index and triggers are created by raw SQL in the InitialCreate migration; EF Core knows only these names.
/// </summary>
public static class ArticleSearchIndex
{
    /// <summary>The external-content FTS5 table: columns Title, Lede, Body; rowid is the article's Id.</summary>
    public const string Table = "ArticlesFts";

    /// <summary>
    /// While this table has a row, inserted articles are not indexed by the trigger; the importer indexes them per
    /// batch and removes the row before committing, so the row is never visible outside its transaction.
    /// </summary>
    public const string DeferralTable = "ArticlesFtsDeferred";

    public const string AfterInsertTrigger = "Articles_AfterInsert_Fts";

    public const string AfterUpdateTrigger = "Articles_AfterUpdate_Fts";

    public const string AfterDeleteTrigger = "Articles_AfterDelete_Fts";
}
