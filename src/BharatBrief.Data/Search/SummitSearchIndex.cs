namespace BharatBrief.Data.Search;

/// <summary>
/// Names of the FTS5 index over summits and of the triggers that keep it in step with the Summits table. The index
/// and triggers are created by raw SQL in the ReaderSearch migration; EF Core knows only these names.
/// </summary>
public static class SummitSearchIndex
{
    /// <summary>The external-content FTS5 table: columns Title, City, Country, Venue, Forum, Participants; rowid is the summit's Id.</summary>
    public const string Table = "SummitsFts";

    public const string AfterInsertTrigger = "Summits_AfterInsert_Fts";

    public const string AfterUpdateTrigger = "Summits_AfterUpdate_Fts";

    public const string AfterDeleteTrigger = "Summits_AfterDelete_Fts";
}
