using BharatBrief.Cli;
using BharatBrief.Data.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BharatBrief.Data.Tests.Cli;

/// <summary>
/// Reading a store that cannot be written (export on read-only storage) and the messages for read-only and full
/// storage. Tests run as any user, root included, for whom file permissions do not deny anything: the read-only
/// opening is checked through what it needs (no side files) and the messages through SQLite's own errors.
/// </summary>
public sealed class ReadOnlyStoreTests
{
    [Fact]
    public async Task An_immutable_opening_reads_a_write_ahead_log_store_without_creating_side_files()
    {
        using var temp = new TempFolder();
        var database = temp.File("store.db");
        var ingest = await BharatBriefCli.RunAsync(["ingest", SeedFiles.CopyTo(temp.Folder("articles")), "--db", database], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, ingest);
        SqliteConnection.ClearAllPools();
        File.Delete(database + "-shm");
        Assert.False(BharatBriefDatabase.HasPendingLog(database));
        var header = new byte[20];
        await using (var file = File.OpenRead(database))
        {
            await file.ReadExactlyAsync(header);
        }
        Assert.Equal(2, header[18]); // the file is in write-ahead-log mode

        await using (var connection = new SqliteConnection(BharatBriefDatabase.ReadOnlyConnectionStringFor(database, immutable: true)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM Articles;";
            Assert.Equal(5L, (long)(await command.ExecuteScalarAsync())!);
        }
        SqliteConnection.ClearAllPools();

        Assert.False(File.Exists(database + "-shm"));
        Assert.False(File.Exists(database + "-wal") && new FileInfo(database + "-wal").Length > 0);
    }

    [Fact]
    public async Task Export_opens_the_store_read_only()
    {
        using var temp = new TempFolder();
        var database = temp.File("store.db");
        Assert.Equal(0, await BharatBriefCli.RunAsync(["ingest", SeedFiles.CopyTo(temp.Folder("articles")), "--db", database], TextWriter.Null, TextWriter.Null));

        var connectionString = await DatabaseTarget.ReadOnlyConnectionStringAsync(database, CancellationToken.None);

        Assert.Equal(SqliteOpenMode.ReadOnly, new SqliteConnectionStringBuilder(connectionString).Mode);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM Articles;";
        var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(8, refused.SqliteErrorCode);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Read_only_and_full_storage_say_what_is_wrong()
    {
        using var temp = new TempFolder();
        var database = temp.File("store.db");
        await using (var create = new SqliteConnection($"Data Source={database}"))
        {
            await create.OpenAsync();
            await using var command = create.CreateCommand();
            command.CommandText = "CREATE TABLE t (x TEXT);";
            await command.ExecuteNonQueryAsync();
        }

        var readOnly = await FailureAsync($"Data Source={database};Mode=ReadOnly", "INSERT INTO t VALUES ('a');");
        var full = await FailureAsync($"Data Source={database}", "PRAGMA max_page_count = 3;", "INSERT INTO t SELECT hex(randomblob(3000)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i FROM n);");
        SqliteConnection.ClearAllPools();

        Assert.Equal(8, readOnly.SqliteErrorCode);
        Assert.Equal(13, full.SqliteErrorCode);
        Assert.Equal($"Cannot use the database '{database}': it is read-only (the file, or its folder where SQLite keeps the -wal and -shm files beside it, cannot be written).",
            DatabaseTarget.Describe(database, readOnly).Message);
        Assert.Equal($"Cannot use the database '{database}': the disk is full (free some space where the database and its -wal file are; what was committed before stays).",
            DatabaseTarget.Describe(database, full).Message);
    }

    private static async Task<SqliteException> FailureAsync(string connectionString, params string[] statements)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        foreach (var setup in statements[..^1])
        {
            command.CommandText = setup;
            await command.ExecuteScalarAsync();
        }
        command.CommandText = statements[^1];
        return await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
    }
}
