using System.Diagnostics;
using System.Text.Json;
using BharatBrief.Cli;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Cli;

/// <summary>The command line end to end, in-process with captured output, and once as a real process.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Ingest_then_export_to_a_file_and_to_standard_output()
    {
        using var temp = new TempFolder();
        var folder = SeedFiles.CopyTo(temp.Folder("articles"));
        var database = temp.File("store.db");

        var ingest = await RunAsync("ingest", folder, "--db", database);
        var again = await RunAsync("ingest", folder, "--db", database);
        var toFile = await RunAsync("export", "--db", database, "--out", temp.File("export.json"));
        var toOutput = await RunAsync("export", "--db", database);

        Assert.Equal(0, ingest.ExitCode);
        Assert.StartsWith($"Read {SeedFiles.Names.Count} files in ", ingest.Output, StringComparison.Ordinal);
        Assert.Contains($"{SeedFiles.Names.Count} ingested, 0 updated, 0 unchanged, 0 skipped", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("Store: ", ingest.Output, StringComparison.Ordinal);
        Assert.Contains($"0 ingested, 0 updated, {SeedFiles.Names.Count} unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal((0, ""), (toFile.ExitCode, toFile.Output));
        using var fromFile = JsonDocument.Parse(File.ReadAllText(temp.File("export.json")));
        Assert.Equal(SeedFiles.Names.Count, fromFile.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(0, toOutput.ExitCode);
        using var fromOutput = JsonDocument.Parse(toOutput.Output);
        Assert.Equal(fromFile.RootElement.GetProperty("summits").GetRawText(), fromOutput.RootElement.GetProperty("summits").GetRawText());
    }

    [Fact]
    public async Task A_missing_folder_or_a_file_for_a_folder_is_one_line_and_a_non_zero_exit()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("a.txt"), "India and Russia");

        var missing = await RunAsync("ingest", temp.File("nowhere"), "--db", temp.File("store.db"));
        var file = await RunAsync("ingest", temp.File("a.txt"), "--db", temp.File("store.db"));

        AssertOneLineError(missing, "does not exist");
        AssertOneLineError(file, "is a file, not a folder");
        Assert.False(File.Exists(temp.File("store.db")));
    }

    [Fact]
    public async Task An_unusable_database_is_one_line_and_a_non_zero_exit()
    {
        using var temp = new TempFolder();
        var folder = SeedFiles.CopyTo(temp.Folder("articles"));
        File.WriteAllText(temp.File("notes.db"), "These are notes, not a database. They go on for a while so SQLite reads a header.");

        var missingFolder = await RunAsync("ingest", folder, "--db", temp.File(Path.Combine("no-such-folder", "store.db")));
        var notADatabase = await RunAsync("ingest", folder, "--db", temp.File("notes.db"));
        var aFolder = await RunAsync("ingest", folder, "--db", folder);
        var exportMissing = await RunAsync("export", "--db", temp.File("missing.db"));
        var exportNotADatabase = await RunAsync("export", "--db", temp.File("notes.db"));

        AssertOneLineError(missingFolder, "does not exist");
        AssertOneLineError(notADatabase, "not a SQLite database");
        AssertOneLineError(aFolder, "it is a folder");
        AssertOneLineError(exportMissing, "does not exist; run ingest first");
        AssertOneLineError(exportNotADatabase, "not a SQLite database");
        Assert.False(File.Exists(temp.File("missing.db")));
    }

    [Fact]
    public async Task The_built_command_line_logs_every_article_in_order_before_it_exits()
    {
        using var temp = new TempFolder();
        var folder = SeedFiles.CopyTo(temp.Folder("articles"));
        var run = await RunBuiltAsync("ingest", folder, "--db", temp.File("store.db"));

        // Events are written on a thread of their own: none may be lost or reordered when the process ends.
        var events = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith('[')).ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(SeedFiles.Names, events.Where(line => line.Contains(" INF] Ingested ", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf(" from ", StringComparison.Ordinal) + 6)..line.IndexOf(": ", line.LastIndexOf(" from ", StringComparison.Ordinal), StringComparison.Ordinal)]));
        Assert.Contains(" INF] Consolidated ", events[^2], StringComparison.Ordinal);
        Assert.Contains(" INF] Ingest finished: ", events[^1], StringComparison.Ordinal);
        Assert.StartsWith("Read ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_runs_as_a_batch_tool_without_dynamic_PGO_or_background_GC()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "BharatBrief.Cli.runtimeconfig.json")));

        var options = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(options.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.False(options.GetProperty("System.GC.Concurrent").GetBoolean());
    }

    [Theory]
    [InlineData("missing-folder", "ingest: The folder '{0}' does not exist.")]
    [InlineData("not-a-database", "ingest: Cannot use the database '{1}': the file is not a SQLite database.")]
    public async Task The_built_command_line_writes_one_line_to_standard_error(string problem, string expected)
    {
        using var temp = new TempFolder();
        var folder = problem == "missing-folder" ? temp.File("nowhere") : SeedFiles.CopyTo(temp.Folder("articles"));
        var database = temp.File("store.db");
        if (problem == "not-a-database")
        {
            File.WriteAllText(database, "These are notes, not a database. They go on for a while so SQLite reads a header.");
        }
        var run = await RunBuiltAsync("ingest", folder, "--db", database);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, folder, database), run.Error.Trim());
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Prune_lists_the_articles_of_files_gone_from_the_folder_and_removes_them_only_when_applied()
    {
        using var temp = new TempFolder();
        var folder = SeedFiles.CopyTo(temp.Folder("articles"));
        var database = temp.File("store.db");
        Assert.Equal(0, (await RunAsync("ingest", folder, "--db", database)).ExitCode);
        var gone = SeedFiles.Names[0];
        File.Delete(Path.Combine(folder, gone));

        var dryRun = await RunAsync("ingest", folder, "--db", database, "--prune");
        var afterDryRun = ArticleCount(database);
        var applied = await RunAsync("ingest", folder, "--db", database, "--prune", "--apply");
        var afterApply = ArticleCount(database);
        var again = await RunAsync("ingest", folder, "--db", database, "--prune");
        var applyAlone = await RunAsync("ingest", folder, "--db", database, "--apply");

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("Would prune 1 article(s) whose files are gone from the folder", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains($"  {gone} (", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(5, afterDryRun);
        Assert.Equal(0, applied.ExitCode);
        Assert.Contains($"Pruned 1 article(s) whose files are gone from the folder:", applied.Output, StringComparison.Ordinal);
        Assert.Equal(4, afterApply);
        Assert.Contains("Prune: every stored article's file is in the folder.", again.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, applyAlone.ExitCode);
        var export = await RunAsync("export", "--db", database);
        using var document = JsonDocument.Parse(export.Output);
        Assert.Equal(4, document.RootElement.GetProperty("articles").GetArrayLength());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static long ArticleCount(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Articles;";
        return (long)command.ExecuteScalar()!;
    }

    [Theory]
    [InlineData("users", "add", "ravi@example.org", "correct-horse-42battery", "--db", "x.db")]
    [InlineData("users", "add", "ravi@example.org", "--db", "x.db", "--role", "correct-horse-42battery")]
    [InlineData("correct-horse-42battery")]
    [InlineData("export", "--db", "x.db", "--correct-horse-42battery")]
    public async Task Parse_errors_never_print_back_what_was_typed(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error.Trim());
        Assert.DoesNotContain("horse", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Contains("'…'", run.Error, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(CliRun run, string expected)
    {
        Assert.NotEqual(0, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BharatBriefCli.RunAsync(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The built command line as its own process, as a shell runs it.</summary>
    private static async Task<CliRun> RunBuiltAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BharatBrief.Cli.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, error);
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
