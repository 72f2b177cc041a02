using Microsoft.Data.Sqlite;

namespace BharatBrief.Data;

/// <summary>
/// Tells whether anything committed a change to the store since the last look: this process's other connections, the
/// command line, an editor, SQL by hand. It holds one connection of its own and reads SQLite's <c>data_version</c>,
/// which changes exactly when another connection commits; writers pay nothing, and no table or trigger is needed.
/// </summary>
public sealed class StoreVersion : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private long _seen;

    private StoreVersion(SqliteConnection connection, long seen)
    {
        _connection = connection;
        _seen = seen;
    }

    /// <summary>Opens the watching connection on the store at <paramref name="connectionString"/>.</summary>
    public static async Task<StoreVersion> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return new StoreVersion(connection, await ReadAsync(connection, cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>True when another connection committed since the last call (or since opening).</summary>
    public async Task<bool> ChangedAsync(CancellationToken cancellationToken = default)
    {
        var now = await ReadAsync(_connection, cancellationToken);
        if (now == _seen)
        {
            return false;
        }
        _seen = now;
        return true;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task<long> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
