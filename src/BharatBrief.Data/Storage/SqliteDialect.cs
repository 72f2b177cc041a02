using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace BharatBrief.Data.Storage;

/// <summary>The hand-written statements on a SQLite file.</summary>
internal sealed class SqliteDialect : StoreDialect
{
    public static readonly SqliteDialect Instance = new();

    public override string Parameter(int index) => $"$p{index}";

    public override string InsertSql(string table, IReadOnlyList<string> columns, string? keyColumn) =>
        $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => Parameter(i)))})";

    public override long ExecuteInsert(DbCommand command, bool returnsKey)
    {
        command.ExecuteNonQuery();
        // The connection's last rowid rather than RETURNING: a statement that returns rows costs a data reader per
        // row, and most rows' keys are never asked for. Trigger inserts do not change it once the statement is done.
        return returnsKey ? raw.sqlite3_last_insert_rowid(((SqliteConnection)command.Connection!).Handle) : 0;
    }

    public override string InsertIgnoringDuplicateSql(string table, string column, string parameter) =>
        $"INSERT OR IGNORE INTO {Quote(table)} ({Quote(column)}) VALUES ({parameter})";

    // With write-ahead logging, NORMAL syncs at checkpoints rather than at every commit: a power cut may lose the
    // last batches (a re-run ingests them again) but never leaves the file inconsistent. Checkpoints every 32 MB
    // instead of 4 MB write the hot pages (index interiors, the search index) fewer times.
    public override async Task PrepareWriterAsync(BharatBriefDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=8192;", cancellationToken);

    public override async Task DeferArticleIndexAsync(BharatBriefDbContext db) =>
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ArticlesFtsDeferred" ("Batch") VALUES (1)""");

    public override async Task FlushArticleIndexAsync(BharatBriefDbContext db, string? ids)
    {
        if (ids is not null)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ArticlesFts"(rowid, Title, Lede, Body)
                SELECT "Id", "Title", "Lede", "Body" FROM "Articles" WHERE "Id" IN (SELECT value FROM json_each({ids}))
                """);
        }
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "ArticlesFtsDeferred" """);
    }

    public override Task<int> UpdateFromJsonAsync(
        BharatBriefDbContext db, string table, string keyColumn, IReadOnlyList<(string Column, string Type)> setColumns, string json, CancellationToken cancellationToken)
    {
        var assignments = string.Join(", ", setColumns.Select((set, i) => $"{Quote(set.Column)} = change.value ->> {i + 1}"));
        // Table and column names are ours, never a reader's; the changes go in as a parameter.
        var sql = $$"""
            UPDATE {{Quote(table)}} SET {{assignments}}
            FROM json_each({0}) AS change WHERE {{Quote(table)}}.{{Quote(keyColumn)}} = change.value ->> 0
            """;
        return db.Database.ExecuteSqlRawAsync(sql, [json], cancellationToken);
    }

    public override Task<int> SumJsonArrayLengthsAsync(BharatBriefDbContext db, string table, string column, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT COALESCE(SUM(json_array_length({Quote(column)})), 0) AS "Value" FROM {Quote(table)} """;
        return db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken);
    }

    // Deferred, so it only reads, on read-only storage too.
    public override async Task<DbTransaction> BeginSnapshotAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var snapshot = ((SqliteConnection)ConnectionOf(db)).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot, cancellationToken);
        return snapshot;
    }
}
