using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Data.Tests.Worker;
using Microsoft.Data.Sqlite;

namespace BharatBrief.Data.Tests.Cli;

/// <summary>The command line's <c>worker</c> as a real process, as a shell or a service manager starts it.</summary>
public sealed class WorkerCliTests
{
    /// <summary>Longest a pass over two articles may take: the suite runs its projects side by side on two cores.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Worker_once_ingests_the_inbox_records_the_run_and_a_second_pass_finds_nothing_new()
    {
        using var temp = new TempFolder();
        var inbox = InboxWithTwoArticles(temp);
        var database = temp.File("store.db");

        var first = await RunBuiltAsync("worker", "--db", database, "--inbox", inbox, "--once");
        var exportAfterFirst = await RunBuiltAsync("export", "--db", database);
        var second = await RunBuiltAsync("worker", "--db", database, "--inbox", inbox, "--once");
        var exportAfterSecond = await RunBuiltAsync("export", "--db", database);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal($"inbox {inbox}: 2 received, 2 ingested, 0 updated, 0 unchanged, 0 skipped, 0 failed", first.Output.Trim());
        Assert.Equal(0, second.ExitCode);
        Assert.Equal($"inbox {inbox}: 2 received, 0 ingested, 0 updated, 2 unchanged, 0 skipped, 0 failed", second.Output.Trim());
        Assert.Equal(Directory.GetFiles(inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal), ExportedSources(exportAfterFirst));
        Assert.Equal(ExportedSources(exportAfterFirst), ExportedSources(exportAfterSecond));
        Assert.Equal(
            [("inbox", inbox, true, 2, 2, 0), ("inbox", inbox, true, 2, 0, 2)],
            RecordedRuns(database));
    }

    [Fact]
    public async Task Worker_logs_one_event_per_article_and_per_run_and_never_a_feeds_credentials_or_query()
    {
        using var temp = new TempFolder();
        var inbox = InboxWithTwoArticles(temp);
        await using var feed = await FeedServer.StartAsync();
        feed.Body = AtomFeeds.Of("The Example Courier", new AtomFeeds.Entry(
            "urn:news:1", "Modi and Putin meet at Novo-Ogaryovo", "https://news.example/modi-putin", new DateTimeOffset(2024, 7, 10, 6, 0, 0, TimeSpan.Zero),
            AtomFeeds.Html("MOSCOW, 9 July 2024 (Reuters) - Prime Minister Narendra Modi and President Vladimir Putin held the 22nd India-Russia annual summit at Novo-Ogaryovo in Moscow on 8-9 July 2024.")));
        var secretAddress = feed.Address.Replace("http://", "http://desk:hunter2secret@", StringComparison.Ordinal) + "?token=q7token";

        var run = await RunBuiltAsync("worker", "--db", temp.File("store.db"), "--inbox", inbox, "--feed", secretAddress, "--once");

        var events = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith('[')).ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, feed.Requests);
        Assert.Equal(3, events.Count(line => line.Contains(" INF] Ingested ", StringComparison.Ordinal)));
        var runEvents = events.Where(line => line.Contains(" INF] Ingestion run ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, runEvents.Count);
        Assert.Contains($" of inbox {inbox}: 2 received, 2 ingested,", runEvents[0], StringComparison.Ordinal);
        Assert.Contains(" of feed http://127.0.0.1:", runEvents[1], StringComparison.Ordinal);
        Assert.Contains(": 1 received, 1 ingested,", runEvents[1], StringComparison.Ordinal);
        foreach (var secret in new[] { "hunter2secret", "desk:", "q7token" })
        {
            Assert.DoesNotContain(secret, run.Output + run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--interval", "-5", "worker: BharatBrief:Ingestion:Worker:Interval must be at least one second (e.g. 00:05:00); it is -5.00:00:00.")]
    [InlineData("--interval", "00:00:00.5", "worker: BharatBrief:Ingestion:Worker:Interval must be at least one second (e.g. 00:05:00); it is 00:00:00.5000000.")]
    [InlineData("--feed", "ftp://desk:hunter2secret@news.example/feed", "worker: BharatBrief:Ingestion:Worker:Feeds:0:Url must be an absolute http or https address;")]
    public async Task A_bad_setting_is_one_line_exit_code_2_and_no_store(string option, string value, string expected)
    {
        using var temp = new TempFolder();
        var inbox = InboxWithTwoArticles(temp);
        var database = temp.File("store.db");

        var run = await RunBuiltAsync("worker", "--db", database, "--inbox", inbox, option, value, "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task Nothing_to_read_is_one_line_and_exit_code_2()
    {
        using var temp = new TempFolder();

        var run = await RunBuiltAsync("worker", "--db", temp.File("store.db"), "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("worker: BharatBrief:Ingestion:Worker: give an InboxPath, one or more Feeds, or both", Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A missing inbox is a failed run, not a bad setting (a mounted folder may come back): it is recorded with its
    /// reason, printed in one line, and the exit code says a source failed.
    /// </summary>
    [Fact]
    public async Task An_inbox_that_does_not_exist_is_a_failed_run_in_one_line_and_exit_code_1()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nowhere");
        var database = temp.File("store.db");

        var run = await RunBuiltAsync("worker", "--db", database, "--inbox", missing, "--once");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"inbox {missing}: failed: the inbox folder {missing} does not exist", run.Output.Trim());
        Assert.Equal("worker: failed: a source could not be read; see its run above", run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim());
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal([("inbox", missing, false, 0, 0, 0)], RecordedRuns(database));
    }

    private static string InboxWithTwoArticles(TempFolder temp)
    {
        var inbox = temp.Folder("inbox");
        foreach (var name in SeedFiles.Names.Take(2))
        {
            File.Copy(Path.Combine(SeedFiles.Folder, name), Path.Combine(inbox, name));
        }
        return inbox;
    }

    private static List<string> ExportedSources(CliRun export)
    {
        Assert.Equal(0, export.ExitCode);
        using var document = JsonDocument.Parse(export.Output);
        return [.. document.RootElement.GetProperty("articles").EnumerateArray()
            .Select(article => article.GetProperty("source").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static List<(string Kind, string Source, bool Succeeded, int Received, int Ingested, int Unchanged)> RecordedRuns(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Kind, Source, Succeeded, Received, Ingested, Unchanged FROM IngestionRuns ORDER BY Id;";
        using var reader = command.ExecuteReader();
        var runs = new List<(string, string, bool, int, int, int)>();
        while (reader.Read())
        {
            runs.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }
        return runs;
    }

    /// <summary>The built command line as its own process; killed if it outlives <see cref="RunLimit"/>.</summary>
    private static async Task<CliRun> RunBuiltAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BharatBrief.Cli.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(RunLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"worker {string.Join(' ', args.Take(1))} did not finish within {RunLimit}");
        }
        return new CliRun(process.ExitCode, await output, await error);
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
