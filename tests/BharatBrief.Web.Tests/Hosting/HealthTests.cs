using System.Net;
using BharatBrief.Data;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>
/// <c>/health/live</c> says the process answers and asks nothing of the store; <c>/health/ready</c> says the store can
/// be queried and is fully migrated, and answers 503 when it is not. Neither is cached, and a passing probe stays out
/// of the request log's usual level.
/// </summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Live_answers_without_touching_the_store_and_is_never_cached()
    {
        await using var site = await SeededSiteAsync();
        using var client = site.CreateClient();
        site.Logs.Clear();

        using var first = await client.GetAsync("/health/live");
        using var second = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Healthy", await second.Content.ReadAsStringAsync());
        Assert.False(second.Headers.Age.HasValue);
        Assert.True(second.Headers.CacheControl?.NoStore, "The probe's answer may be stored.");
        Assert.Equal(0, SqlCommands.Count(site.Logs));
        Assert.All(site.Logs.Entries.Where(entry => entry.Category == LogCapture.RequestCategory), entry => Assert.Equal(LogLevel.Trace, entry.Level));
    }

    [Fact]
    public async Task Ready_answers_200_on_a_migrated_store_and_503_once_a_migration_is_missing()
    {
        await using var site = await SeededSiteAsync();
        using var client = site.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());

        // As if the store had been replaced by an older one: its last migration is not applied.
        await ExecuteAsync(site.ConnectionString, """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT max("MigrationId") FROM "__EFMigrationsHistory")""");
        site.Logs.Clear();

        using var unmigrated = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unmigrated.StatusCode);
        Assert.Equal("Unhealthy", await unmigrated.Content.ReadAsStringAsync());
        Assert.Equal(LogLevel.Warning, site.Logs.Entries.Single(entry => entry.Category == LogCapture.RequestCategory).Level);
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_answers_503_when_the_shared_state_is_not_migrated()
    {
        await using var site = await SeededSiteAsync();
        using var client = site.CreateClient();

        await ExecuteAsync(site.ConnectionString, """DELETE FROM "__SharedStateMigrationsHistory" """);

        using var unmigrated = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unmigrated.StatusCode);
    }

    [Theory]
    [PostgreSqlData]
    public async Task Ready_answers_503_while_the_database_refuses_connections_and_200_again_after(StoreProvider provider)
    {
        Assert.Equal(StoreProvider.PostgreSql, provider);
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            await using var site = new SiteFactory();
            site.Settings["BharatBrief:Database:Provider"] = "PostgreSql";
            site.Settings["ConnectionStrings:BharatBrief"] = database;
            using var client = site.CreateClient();
            using (var ready = await client.GetAsync("/health/ready"))
            {
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }
            var name = new NpgsqlConnectionStringBuilder(database).Database!;

            await AdministerAsync($"""ALTER DATABASE "{name}" ALLOW_CONNECTIONS false""",
                $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
            NpgsqlConnection.ClearAllPools();
            using (var refused = await client.GetAsync("/health/ready"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            }
            using (var live = await client.GetAsync("/health/live"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            }

            await AdministerAsync($"""ALTER DATABASE "{name}" ALLOW_CONNECTIONS true""");
            using var back = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        }
        finally
        {
            PostgresServer.DropDatabase(database);
        }
    }

    private static async Task<SiteFactory> SeededSiteAsync()
    {
        var site = new SiteFactory();
        await SeededStore.CopyToAsync(site.DatabasePath);
        return site;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
    }

    private static async Task AdministerAsync(params string[] statements)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }
}
