using BharatBrief.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BharatBrief.Worker;

/// <summary>
/// Lets one ingestion worker at a time take articles in and consolidate: a session advisory lock on PostgreSQL
/// (<c>pg_try_advisory_lock</c>, let go when the pass ends or its connection drops), an exclusive lock on a file
/// beside the store on SQLite (released by the system when the process ends, however it ends).
/// </summary>
public abstract class ConsolidationLock
{
    /// <summary>The advisory lock's key: any number other applications on the same database are unlikely to use.</summary>
    public const long AdvisoryKey = 0x4242_696E_6765_7374; // "BBingest"

    /// <summary>The lock, held until disposed; null when another worker holds it.</summary>
    public abstract Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken);

    public static ConsolidationLock For(StoreLocation location) => location.Provider switch
    {
        StoreProvider.PostgreSql => new PostgreSqlAdvisoryLock(location.ConnectionString),
        _ => new FileLock(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource + ".ingest-lock"),
    };

    private sealed class PostgreSqlAdvisoryLock(string connectionString) : ConsolidationLock
    {
        public override async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken)
        {
            // A connection of its own, outside the pool, so that the lock lives exactly as long as this session holds it.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
                command.Parameters.AddWithValue("key", AdvisoryKey);
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    return new Held(connection);
                }
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            await connection.DisposeAsync();
            return null;
        }

        private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
        {
            public async ValueTask DisposeAsync()
            {
                try
                {
                    await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                    command.Parameters.AddWithValue("key", AdvisoryKey);
                    await command.ExecuteScalarAsync();
                }
                finally
                {
                    // Closing the session lets the lock go in any case.
                    await connection.DisposeAsync();
                }
            }
        }
    }

    private sealed class FileLock(string path) : ConsolidationLock
    {
        public override Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken)
        {
            try
            {
                // FileShare.None takes an exclusive flock on Unix and a share lock on Windows: another process, or
                // another worker in this one, is refused until the stream is closed.
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return Task.FromResult<IAsyncDisposable?>(stream);
            }
            catch (IOException)
            {
                return Task.FromResult<IAsyncDisposable?>(null);
            }
        }
    }
}
