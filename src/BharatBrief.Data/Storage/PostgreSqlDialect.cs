using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Storage;

/// <summary>
/// The hand-written statements on PostgreSQL. Its search columns are generated from each row (migration
/// <c>PostgreSqlSearch</c>), so an import has nothing to defer or flush.
/// </summary>
internal sealed class PostgreSqlDialect : StoreDialect
{
    public static readonly PostgreSqlDialect Instance = new();

    public override string Parameter(int index) => $"@p{index}";

    public override string InsertSql(string table, IReadOnlyList<string> columns, string? keyColumn) =>
        $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => Parameter(i)))})"
        + (keyColumn is null ? "" : $" RETURNING {Quote(keyColumn)}");

    public override long ExecuteInsert(DbCommand command, bool returnsKey)
    {
        if (!returnsKey)
        {
            command.ExecuteNonQuery();
            return 0;
        }
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string InsertIgnoringDuplicateSql(string table, string column, string parameter) =>
        $"INSERT INTO {Quote(table)} ({Quote(column)}) VALUES ({parameter}) ON CONFLICT DO NOTHING";

    public override Task PrepareWriterAsync(BharatBriefDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task DeferArticleIndexAsync(BharatBriefDbContext db) => Task.CompletedTask;

    public override Task FlushArticleIndexAsync(BharatBriefDbContext db, string? ids) => Task.CompletedTask;

    public override Task<int> UpdateFromJsonAsync(
        BharatBriefDbContext db, string table, string keyColumn, IReadOnlyList<(string Column, string Type)> setColumns, string json, CancellationToken cancellationToken)
    {
        var assignments = string.Join(", ", setColumns.Select((set, i) => $"{Quote(set.Column)} = (change.value ->> {i + 1})::{set.Type}"));
        // Table and column names are ours, never a reader's; the changes go in as a parameter.
        var sql = $$"""
            UPDATE {{Quote(table)}} SET {{assignments}}
            FROM jsonb_array_elements(CAST({0} AS jsonb)) AS change(value) WHERE {{Quote(table)}}.{{Quote(keyColumn)}} = (change.value ->> 0)::integer
            """;
        return db.Database.ExecuteSqlRawAsync(sql, [json], cancellationToken);
    }

    public override Task<int> SumJsonArrayLengthsAsync(BharatBriefDbContext db, string table, string column, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT COALESCE(SUM(json_array_length(CAST({Quote(column)} AS json))), 0)::integer AS "Value" FROM {Quote(table)} """;
        return db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken);
    }

    public override async Task<DbTransaction> BeginSnapshotAsync(BharatBriefDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        return Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction);
    }
}
