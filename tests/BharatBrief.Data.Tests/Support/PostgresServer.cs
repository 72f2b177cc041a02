using System.Reflection;
using Npgsql;
using Xunit.Sdk;

namespace BharatBrief.Data.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run the store on: the connection string in <see cref="Variable"/> (scripts/test.sh
/// starts a throwaway cluster with scripts/postgres-test-server.sh and sets it). Each test gets a database of its own.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "BHARATBRIEF_TEST_POSTGRES";

    /// <summary>The server's connection string, or null when none is given.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : null;

    /// <summary>Under CI every store test must run on both providers, so a missing server fails them instead of skipping.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test on PostgreSQL cannot run here, or null when it can (or when it must, and will fail, under CI).</summary>
    public static string? SkipReason => ConnectionString is null && !IsCi
        ? $"No PostgreSQL server: set {Variable} (scripts/test.sh starts one with scripts/postgres-test-server.sh)."
        : null;

    /// <summary>A new, empty database on the server; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"Under CI (CI=true) the PostgreSQL tests must run, and no server is given: set {Variable} to its connection string (scripts/test.sh starts one with scripts/postgres-test-server.sh).");
        var name = "bharatbrief_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString();
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing what still holds it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// Runs a theory once more on PostgreSQL (its argument <see cref="StoreProvider.PostgreSql"/>); skipped with a reason
/// when no server is given outside CI (<see cref="PostgresServer.SkipReason"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlDataAttribute : DataAttribute
{
    public PostgreSqlDataAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreProvider.PostgreSql]];
}
