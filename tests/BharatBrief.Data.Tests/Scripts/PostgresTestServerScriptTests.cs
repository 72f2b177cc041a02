using System.Diagnostics;
using BharatBrief.Data.Tests.Support;
using Npgsql;

namespace BharatBrief.Data.Tests.Scripts;

/// <summary>scripts/postgres-test-server.sh: the throwaway cluster scripts/test.sh runs the store tests on.</summary>
public sealed class PostgresTestServerScriptTests
{
    [Theory]
    [PostgreSqlData]
    public async Task Start_gives_a_server_on_loopback_that_stop_ends_by_its_process_id_and_removes(StoreProvider provider)
    {
        Assert.Equal(StoreProvider.PostgreSql, provider);
        var started = await RunAsync("start");
        Assert.True(started.Code == 0, started.Error);
        var lines = started.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        var (folder, connectionString) = (lines[0], lines[1]);
        int pid;
        try
        {
            Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(connectionString).Host);
            pid = int.Parse(File.ReadLines(Path.Combine(folder, "data", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT inet_server_addr()::text";
            Assert.Equal("127.0.0.1/32", await command.ExecuteScalarAsync());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            var stopped = await RunAsync("stop", folder);
            Assert.True(stopped.Code == 0, stopped.Error);
        }

        Assert.False(Directory.Exists(folder));
        Assert.False(IsServer(pid), $"the server (process {pid}) is still running");
    }

    /// <summary>True while process <paramref name="pid"/> is a PostgreSQL server (not a later process given the same id).</summary>
    private static bool IsServer(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("postgres", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoRoot(), "scripts", "postgres-test-server.sh"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BharatBrief.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository's root is not above the test's folder.");
    }
}
