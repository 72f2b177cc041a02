using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data;

/// <summary>Connecting to the SQLite file and bringing its schema up to date.</summary>
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

    /// <summary>Points <paramref name="builder"/> at the store.</summary>
    public static DbContextOptionsBuilder UseBharatBrief(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString);

    /// <summary>
    /// Applies pending migrations (creating the file and schema when missing) and switches the file to write-ahead
    /// logging, so that readers are not blocked while an ingest writes.
    /// </summary>
    public static async Task MigrateAsync(BharatBriefDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
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
}
