using Microsoft.Data.Sqlite;
using Npgsql;

namespace BharatBrief.Data;

/// <summary>The database a store lives in: a SQLite file (the default: nothing to install) or a PostgreSQL server.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>A store's provider and connection string.</summary>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Reads what a user gave as <c>--db</c>: a PostgreSQL connection string when it names a host
    /// (<c>Host=…;Database=…;Username=…</c>), else the path of a SQLite file.
    /// </summary>
    public static bool IsPostgreSqlConnectionString(string value)
    {
        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            return new NpgsqlConnectionStringBuilder(value) is { Host.Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="value"/> reads as a PostgreSQL connection string (keys and values) but names no host.</summary>
    public static bool IsConnectionStringWithoutHost(string value)
    {
        if (!value.Contains('=', StringComparison.Ordinal) || !value.Contains(';', StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            return new NpgsqlConnectionStringBuilder(value) is { Host: null or "" };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The store a <c>--db</c> value names; a SQLite path becomes a connection string that opens it in <paramref name="sqliteMode"/>.</summary>
    public static StoreLocation FromDbArgument(string value, SqliteOpenMode sqliteMode = SqliteOpenMode.ReadWriteCreate) =>
        IsPostgreSqlConnectionString(value)
            ? new StoreLocation(StoreProvider.PostgreSql, value)
            : new StoreLocation(StoreProvider.Sqlite, BharatBriefDatabase.ConnectionStringFor(value, sqliteMode));

    /// <summary>The connection string without its password, to show in messages.</summary>
    public string Display => Provider == StoreProvider.PostgreSql
        ? new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ToString()
        : ConnectionString;
}
