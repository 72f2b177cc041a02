namespace BharatBrief.Data.Search;

/// <summary>
/// Names of the FTS5 index over agreements and of the triggers that keep it in step with the Agreements table. The
/// index and triggers are created by raw SQL in the ReaderSearch migration; EF Core knows only these names.
/// </summary>
public static class AgreementSearchIndex
{
    /// <summary>The external-content FTS5 table: columns Name, Aliases; rowid is the agreement's Id.</summary>
    public const string Table = "AgreementsFts";

    public const string AfterInsertTrigger = "Agreements_AfterInsert_Fts";

    public const string AfterUpdateTrigger = "Agreements_AfterUpdate_Fts";

    public const string AfterDeleteTrigger = "Agreements_AfterDelete_Fts";
}
