using BharatBrief.Data.Sharing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data;

/// <summary>Connecting to the store (a SQLite file, or a PostgreSQL database) and bringing its schema up to date.</summary>
public static class BharatBriefDatabase
{
    /// <summary>A connection string for the SQLite file at <paramref name="path"/>, with foreign keys enforced.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="mode">
    /// <see cref="SqliteOpenMode.ReadWriteCreate"/> creates a missing file; <see cref="SqliteOpenMode.ReadWrite"/>
    /// fails on one, for commands that must not create an empty database.
    /// </param>
    public static string ConnectionStringFor(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, ForeignKeys = true }.ToString();

    /// <summary>
    /// A connection string that only reads the file at <paramref name="path"/>. With <paramref name="immutable"/>,
    /// SQLite is told the file cannot change (<c>immutable=1</c>): it then needs no <c>-shm</c> file, which a store in
    /// write-ahead-log mode otherwise creates beside it even to read, so a store on read-only storage can be read. Use
    /// it only when no other process writes the file and its <c>-wal</c> holds nothing (see <see cref="HasPendingLog"/>).
    /// </summary>
    public static string ReadOnlyConnectionStringFor(string path, bool immutable = false) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1" : path,
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString();

    /// <summary>True when the store's write-ahead log beside it holds changes not yet copied into the file.</summary>
    public static bool HasPendingLog(string path) => new FileInfo(path + "-wal") is { Exists: true, Length: > 0 };

    /// <summary>The assembly of the PostgreSQL migrations (one set of migrations per provider, one context type).</summary>
    public const string PostgreSqlMigrationsAssembly = "BharatBrief.Data.PostgreSql";

    /// <summary>Points <paramref name="builder"/> at the SQLite store of <paramref name="connectionString"/>.</summary>
    public static DbContextOptionsBuilder UseBharatBrief(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString);

    /// <summary>Points <paramref name="builder"/> at the store of <paramref name="location"/>, SQLite or PostgreSQL.</summary>
    public static DbContextOptionsBuilder UseBharatBrief(this DbContextOptionsBuilder builder, StoreLocation location) =>
        location.Provider switch
        {
            StoreProvider.Sqlite => builder.UseSqlite(location.ConnectionString),
            StoreProvider.PostgreSql => builder.UseNpgsql(location.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location.Provider, "Unknown store provider."),
        };

    /// <summary>
    /// Applies pending migrations (creating the file and schema when missing), then those of the state the web servers
    /// share (<see cref="SharedStateDbContext"/>: data-protection keys, editors' sessions), and switches a SQLite file to
    /// write-ahead logging, so that readers are not blocked while an ingest writes (PostgreSQL's readers never are).
    /// </summary>
    public static async Task MigrateAsync(BharatBriefDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await using (var shared = SharedState.OnConnectionOf(db))
        {
            await shared.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <inheritdoc cref="MigrateAsync(BharatBriefDbContext, CancellationToken)"/>
    public static async Task MigrateAsync(this IDbContextFactory<BharatBriefDbContext> contexts, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await MigrateAsync(db, cancellationToken);
    }

    /// <summary>True when the file holds a BharatBrief schema with every migration applied.</summary>
    public static async Task<bool> IsUpToDateAsync(this IDbContextFactory<BharatBriefDbContext> contexts, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
    }

    /// <summary>True when the store and the state the web servers share (<see cref="SharedStateDbContext"/>) have every migration applied.</summary>
    public static async Task<bool> IsUpToDateWithSharedStateAsync(BharatBriefDbContext db, CancellationToken cancellationToken = default)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return false;
        }
        await using var shared = SharedState.OnConnectionOf(db);
        return !(await shared.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
    }
}
