using BharatBrief.Data.Export;
using BharatBrief.Data.Importing;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace BharatBrief.Data.Tests.Support;

/// <summary>
/// A real store, migrated, with the importer and exporter over it: a SQLite file in a temp folder, or a database of its
/// own on the test PostgreSQL server (<see cref="PostgresServer"/>), dropped afterwards.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly TempFolder _temp = new();

    private TestStore(int? busyTimeoutSeconds)
    {
        Provider = StoreProvider.Sqlite;
        DatabasePath = _temp.File("store.db");
        var connection = new SqliteConnectionStringBuilder(BharatBriefDatabase.ConnectionStringFor(DatabasePath));
        if (busyTimeoutSeconds is int seconds)
        {
            connection.DefaultTimeout = seconds;
        }
        ConnectionString = connection.ToString();
        var options = new DbContextOptionsBuilder<BharatBriefDbContext>();
        options.UseBharatBrief(ConnectionString);
        Contexts = new PooledDbContextFactory<BharatBriefDbContext>(options.Options);
    }

    private TestStore(string postgreSqlConnectionString)
    {
        Provider = StoreProvider.PostgreSql;
        DatabasePath = ConnectionString = postgreSqlConnectionString;
        var options = new DbContextOptionsBuilder<BharatBriefDbContext>();
        options.UseBharatBrief(new StoreLocation(StoreProvider.PostgreSql, ConnectionString));
        Contexts = new PooledDbContextFactory<BharatBriefDbContext>(options.Options);
    }

    public StoreProvider Provider { get; }

    /// <summary>The SQLite file, or on PostgreSQL the connection string: what the command line's <c>--db</c> takes.</summary>
    public string DatabasePath { get; }

    public string ConnectionString { get; }

    public IDbContextFactory<BharatBriefDbContext> Contexts { get; }

    public ListLogger<ArticleImporter> Log { get; } = new();

    public TempFolder Temp => _temp;

    /// <param name="busyTimeoutSeconds">How long the importer waits for a lock another connection holds (30 s unless given).</param>
    public static async Task<TestStore> CreateAsync(int? busyTimeoutSeconds = null)
    {
        var store = new TestStore(busyTimeoutSeconds);
        await store.Contexts.MigrateAsync();
        return store;
    }

    /// <summary>A store on <paramref name="provider"/>.</summary>
    public static async Task<TestStore> CreateAsync(StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
        {
            return await CreateAsync();
        }
        var store = new TestStore(await PostgresServer.CreateDatabaseAsync());
        await store.Contexts.MigrateAsync();
        return store;
    }

    /// <summary>An importer with the real pipeline and consolidator; <paramref name="options"/> may set its batch size, size limit or pipeline version.</summary>
    public ArticleImporter Importer(ImportOptions? options = null) =>
        new(Contexts, options ?? new ImportOptions(), TimeProvider.System, Log);

    public DocumentExporter Exporter() => new(Contexts, TimeProvider.System);

    /// <summary>A connection of its own, as another program would hold one.</summary>
    public async Task<SqliteConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection(BharatBriefDatabase.ConnectionStringFor(DatabasePath));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A connection to the store, whichever its provider.</summary>
    public async Task<DbConnection> OpenAnyConnectionAsync()
    {
        DbConnection connection = Provider == StoreProvider.PostgreSql
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(BharatBriefDatabase.ConnectionStringFor(DatabasePath));
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAnyConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = await OpenAnyConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? "(null)" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }

    /// <summary>Another store holding a copy of this one's file as it is now (SQLite's backup, committed changes only).</summary>
    public async Task<TestStore> CopyAsync()
    {
        var copy = await CreateAsync();
        await using var source = await OpenConnectionAsync();
        await using var target = new SqliteConnection(BharatBriefDatabase.ConnectionStringFor(copy.DatabasePath));
        await target.OpenAsync();
        source.BackupDatabase(target);
        return copy;
    }

    /// <summary>Every row of every table as text, to compare the whole store before and after a run.</summary>
    public async Task<string> DumpAsync()
    {
        string[] tables = ["Articles", "ArticleThemes", "SummitMentions", "AgreementMentions", "Figures", "Summits", "SummitThemes", "Agreements", "AgreementThemes", "Themes"];
        var dump = new System.Text.StringBuilder();
        await using var connection = await OpenAnyConnectionAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            await using var reader = await command.ExecuteReaderAsync();
            dump.AppendLine(table);
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(reader.IsDBNull(i) ? "null" : reader.GetValue(i)).Append(" | ");
                }
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }

    public void Dispose()
    {
        if (Provider == StoreProvider.PostgreSql)
        {
            PostgresServer.DropDatabase(ConnectionString);
        }
        _temp.Dispose();
    }
}
