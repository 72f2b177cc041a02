using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BharatBrief.Data;

/// <summary>
/// Tells whether anything committed a change to what readers see since the last look: this process's other
/// connections, the command line, an editor, SQL by hand. It holds one connection of its own and first reads SQLite's
/// <c>data_version</c>, which changes exactly when another connection commits (so an unchanged file costs one pragma);
/// when it changed, it reads the counter that triggers on the tables of published facts raise
/// (<see cref="FactsTable"/>, migration <c>PublishedFactsCounter</c>). A commit that touched only accounts, drafts or
/// the audit log (a sign-in, a sign-out, a failed sign-in, <c>users add</c>) changes the file but not the counter.
/// On PostgreSQL, which has no such pragma, each look reads the counter (one row, by its key).
/// </summary>
public sealed class StoreVersion : IAsyncDisposable
{
    /// <summary>The one-row table whose counter the triggers on published facts raise.</summary>
    public const string FactsTable = "PublishedFactsChanges";

    private readonly DbConnection _connection;
    private long _seen;
    private long? _facts;

    private StoreVersion(DbConnection connection, long seen, long? facts)
    {
        _connection = connection;
        _seen = seen;
        _facts = facts;
    }

    /// <summary>Opens the watching connection on the store at <paramref name="connectionString"/>.</summary>
    public static Task<StoreVersion> OpenAsync(string connectionString, CancellationToken cancellationToken = default) =>
        OpenAsync(new StoreLocation(StoreProvider.Sqlite, connectionString), cancellationToken);

    /// <summary>Opens the watching connection on the store at <paramref name="location"/>.</summary>
    public static async Task<StoreVersion> OpenAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        DbConnection connection = location.Provider == StoreProvider.PostgreSql
            ? new NpgsqlConnection(location.ConnectionString)
            : new SqliteConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return new StoreVersion(connection, await ReadAsync(connection, cancellationToken), await ReadFactsAsync(connection, cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// True when another connection committed a change to published facts since the last call (or since opening);
    /// on a store without the counter (not yet migrated), true for any commit.
    /// </summary>
    public async Task<bool> ChangedAsync(CancellationToken cancellationToken = default)
    {
        var now = await ReadAsync(_connection, cancellationToken);
        if (now == _seen)
        {
            return false;
        }
        _seen = now;
        var facts = await ReadFactsAsync(_connection, cancellationToken);
        if (facts is not null && facts == _facts)
        {
            return false;
        }
        _facts = facts;
        return true;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task<long?> ReadFactsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Changes" FROM "{FactsTable}" WHERE "Id" = 1;""";
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) is long changes ? changes : null;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 1)
        {
            // No such table: a store from before the counter, or not migrated yet.
            return null;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    private static async Task<long> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is NpgsqlConnection)
        {
            // No cheaper sign of a commit by another connection: the counter itself is the version.
            return await ReadFactsAsync(connection, cancellationToken) ?? 0;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
