using BharatBrief.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BharatBrief.Cli;

/// <summary>Checks a database path before use and turns SQLite's and PostgreSQL's failures into one line a user can act on.</summary>
internal static class DatabaseTarget
{
    /// <summary>
    /// The file may be missing (it is then created) but its folder must exist and the path must not be a folder.
    /// A PostgreSQL connection string is checked by connecting.
    /// </summary>
    public static void CheckCanCreate(string path)
    {
        if (StoreLocation.IsPostgreSqlConnectionString(path))
        {
            return;
        }
        if (StoreLocation.IsConnectionStringWithoutHost(path))
        {
            throw new CliFailure($"'{path}' reads as a PostgreSQL connection string without a Host: give Host=…;Port=…;Database=…;Username=…, or a SQLite file's path.");
        }
        if (Directory.Exists(path))
        {
            throw new CliFailure($"Cannot use the database '{path}': it is a folder.");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliFailure($"Cannot create the database '{path}': the folder '{folder}' does not exist.");
        }
    }

    public static void CheckExists(string path)
    {
        if (!StoreLocation.IsPostgreSqlConnectionString(path) && !File.Exists(path))
        {
            throw new CliFailure($"The database '{path}' does not exist; run ingest first.");
        }
    }

    /// <summary>
    /// A read-only connection string for <paramref name="path"/>. A store in write-ahead-log mode needs its
    /// <c>-shm</c> file even to be read; where it cannot be created (read-only storage) the file is opened as
    /// immutable, unless its <c>-wal</c> holds changes the file lacks, which is then said.
    /// </summary>
    public static async Task<string> ReadOnlyConnectionStringAsync(string path, CancellationToken cancellationToken)
    {
        var plain = BharatBriefDatabase.ReadOnlyConnectionStringFor(path);
        try
        {
            await using var connection = new SqliteConnection(plain);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master;";
            await command.ExecuteScalarAsync(cancellationToken);
            return plain;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 8 or 14)
        {
            if (BharatBriefDatabase.HasPendingLog(path))
            {
                throw new CliFailure($"Cannot read the database '{path}' on read-only storage: its write-ahead log '{path}-wal' holds changes " +
                    "not yet in the file, and reading them needs a writable folder. Copy the file with its -wal to a writable folder and export the copy.");
            }
            return BharatBriefDatabase.ReadOnlyConnectionStringFor(path, immutable: true);
        }
    }

    /// <summary>
    /// The store to read <paramref name="database"/> through without writing: a SQLite file read-only (see
    /// <see cref="ReadOnlyConnectionStringAsync"/>), a PostgreSQL database as given (the export reads in a read-only transaction).
    /// </summary>
    public static async Task<StoreLocation> ReadOnlyLocationAsync(string database, CancellationToken cancellationToken) =>
        StoreLocation.IsPostgreSqlConnectionString(database)
            ? new StoreLocation(StoreProvider.PostgreSql, database)
            : new StoreLocation(StoreProvider.Sqlite, await ReadOnlyConnectionStringAsync(database, cancellationToken));

    public static CliFailure Describe(string path, SqliteException exception) =>
        new($"Cannot use the database '{path}': {Reason(exception)}.");

    public static CliFailure Describe(string connectionString, NpgsqlException exception)
    {
        var shown = new StoreLocation(StoreProvider.PostgreSql, connectionString).Display;
        var reason = exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => "the database does not exist (create it first, e.g. createdb)",
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } => "the server refused the user name or password",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } => "the user lacks a privilege the store needs",
            PostgresException postgres => postgres.MessageText.TrimEnd('.'),
            _ => $"cannot reach the server ({exception.GetBaseException().Message.TrimEnd('.')})",
        };
        return new($"Cannot use the PostgreSQL database '{shown}': {reason}.");
    }

    private static string Reason(SqliteException exception) => exception.SqliteErrorCode switch
    {
        3 or 23 => "permission denied",
        5 or 6 => "another program holds a lock on it",
        8 => "it is read-only (the file, or its folder where SQLite keeps the -wal and -shm files beside it, cannot be written)",
        10 => "a disk error occurred",
        11 => "the file is damaged",
        13 => "the disk is full (free some space where the database and its -wal file are; what was committed before stays)",
        14 => "it cannot be opened or created (is its folder writable?)",
        26 => "the file is not a SQLite database",
        _ => exception.Message.TrimEnd('.'),
    };
}
