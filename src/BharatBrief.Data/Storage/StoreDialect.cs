using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Storage;

/// <summary>
/// The few statements the store writes by hand rather than through EF Core, in each provider's SQL: bulk inserts,
/// batch updates from a JSON list of changes, the search index's upkeep during an import, and the export's snapshot.
/// SQLite keeps its fast paths (last rowid, json_each, a deferred FTS5 index); PostgreSQL has its own.
/// </summary>
internal abstract class StoreDialect
{
    public static StoreDialect Of(BharatBriefDbContext db) => Of(db.Database);

    public static StoreDialect Of(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        database.IsNpgsql() ? PostgreSqlDialect.Instance : SqliteDialect.Instance;

    /// <summary>The name of positional parameter <paramref name="index"/> in a hand-written command.</summary>
    public abstract string Parameter(int index);

    /// <summary>An insert of <paramref name="columns"/> into <paramref name="table"/>; returns the generated key when <paramref name="keyColumn"/> is given.</summary>
    public abstract string InsertSql(string table, IReadOnlyList<string> columns, string? keyColumn);

    /// <summary>Runs an insert made by <see cref="InsertSql"/>; the generated key, or 0.</summary>
    public abstract long ExecuteInsert(DbCommand command, bool returnsKey);

    /// <summary>An insert of one column that does nothing when the row is already there.</summary>
    public abstract string InsertIgnoringDuplicateSql(string table, string column, string parameter);

    /// <summary>Settings for a connection the importer writes through.</summary>
    public abstract Task PrepareWriterAsync(BharatBriefDbContext db, CancellationToken cancellationToken);

    /// <summary>Stops the articles' search index from indexing row by row for the rest of the open transaction.</summary>
    public abstract Task DeferArticleIndexAsync(BharatBriefDbContext db);

    /// <summary>Indexes the articles <paramref name="ids"/> (JSON array) and lifts the deferral.</summary>
    public abstract Task FlushArticleIndexAsync(BharatBriefDbContext db, string? ids);

    /// <summary>
    /// Runs <c>UPDATE table SET col = change[1], … FROM &lt;rows of the JSON array&gt; WHERE table.key = change[0]</c>;
    /// <paramref name="setColumns"/> pairs each column with its type (<c>integer</c> or <c>text</c>).
    /// </summary>
    public abstract Task<int> UpdateFromJsonAsync(
        BharatBriefDbContext db, string table, string keyColumn, IReadOnlyList<(string Column, string Type)> setColumns, string json, CancellationToken cancellationToken);

    /// <summary>The number of items in every JSON array of <paramref name="column"/> of <paramref name="table"/>, summed.</summary>
    public abstract Task<int> SumJsonArrayLengthsAsync(BharatBriefDbContext db, string table, string column, CancellationToken cancellationToken);

    /// <summary>A read-only transaction in which every query sees the same committed state.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(BharatBriefDbContext db, CancellationToken cancellationToken);

    protected static string Quote(string name) => $"\"{name}\"";

    protected static DbConnection ConnectionOf(BharatBriefDbContext db) => db.Database.GetDbConnection();
}
