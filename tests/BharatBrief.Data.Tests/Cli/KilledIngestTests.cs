using System.Diagnostics;
using System.Globalization;
using System.Text;
using BharatBrief.Corpus;
using BharatBrief.Data.Export;
using BharatBrief.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Xunit.Abstractions;

namespace BharatBrief.Data.Tests.Cli;

/// <summary>
/// The built command line killed outright (SIGKILL, <see cref="Process.Kill()"/>) at random points of an ingest: while
/// it writes articles, between batches, while it consolidates, as it commits. After every kill the file is sound and
/// readers see exactly what they saw before the run or what the uninterrupted run leaves, never articles without their
/// summits; the next run converges to the uninterrupted run's export. Once into an empty store, once into a complete
/// one whose folder gained new files and changed others. The kill points come from a seed the output gives
/// (<c>BHARATBRIEF_KILL_SEED</c> repeats a run's points). The test runs alone: its runs use both cores.
/// </summary>
[Collection(nameof(KilledIngestTests))]
public sealed class KilledIngestTests(ITestOutputHelper output)
{
    private const int CorpusSeed = 2026;

    /// <summary>Files of the first run: a batch of 200 and part of the next.</summary>
    private const int FirstRun = 260;

    /// <summary>New files of the second run, all ahead of the changed ones in name order: a batch of 200 and a few.</summary>
    private const int Added = 210;

    /// <summary>Files of the first run given another article's text for the second.</summary>
    private const int Changed = 30;

    private const int KillsPerRun = 3;

    /// <summary>
    /// Longest a run may take before the test gives up on it: generous, because the whole suite runs its projects side
    /// by side on two cores (browser and site tests included), and this is a test of what readers see, not of speed.
    /// </summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(120);

    [Fact(Timeout = 360_000)]
    public async Task An_ingest_killed_at_random_points_leaves_readers_the_store_before_or_after_it_and_the_next_run_converges()
    {
        var seed = Environment.GetEnvironmentVariable("BHARATBRIEF_KILL_SEED") is { } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"Kill seed {seed}");
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        using var temp = new TempFolder();
        var corpus = CorpusGenerator.Generate(FirstRun + Added + Changed, CorpusSeed);
        var folder = temp.Folder("articles");
        foreach (var article in corpus.Take(FirstRun))
        {
            Write(folder, article.FileName, article.Text);
        }

        // Into an empty store: before the run readers see nothing.
        var nothing = await ReaderViewAsync(await EmptyStoreAsync(temp.File("empty.db")));
        var reference = temp.File("reference.db");
        await IngestAsync(folder, reference);
        var firstRun = await ReaderViewAsync(reference);
        Assert.NotEqual(nothing, firstRun);
        await KillAndResumeAsync("first run", folder, temp.File("killed.db"), random, FirstRun, nothing, firstRun, seed);

        // Into the complete store, with new files and changed ones: readers see the first run's store or the second's.
        var killed = Backup(reference, temp.File("killed-second.db"));
        for (var i = 0; i < Added; i++)
        {
            var article = corpus[FirstRun + i];
            Write(folder, string.Create(CultureInfo.InvariantCulture, $"{FirstRun / 5:D5}_added_{i:D3}{Path.GetExtension(article.FileName)}"), article.Text);
        }
        for (var i = 0; i < Changed; i++)
        {
            Write(folder, corpus[FirstRun / 2 + 3 * i].FileName, corpus[FirstRun + Added + i].Text);
        }
        await IngestAsync(folder, reference);
        var secondRun = await ReaderViewAsync(reference);
        Assert.NotEqual(firstRun, secondRun);
        await KillAndResumeAsync("second run", folder, killed, random, Added + Changed, firstRun, secondRun, seed);

        output.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Kills runs over <paramref name="database"/> at random points, checking what readers see after each, then lets
    /// one run finish and checks that it converged.
    /// </summary>
    private async Task KillAndResumeAsync(
        string name, string folder, string database, Random random, int writes, ReaderView before, ReaderView after, int seed)
    {
        for (var kill = 1; kill <= KillsPerRun; kill++)
        {
            var point = await IngestKilledAsync(folder, database, random, writes);
            var seen = await ReaderViewAsync(database);
            var what = seen == before ? "the store before the run" : seen == after ? "the store after it" : "neither";
            output.WriteLine($"{name}, kill {kill}: {point}; readers see {what} ({seen.Articles} articles, {seen.UnlinkedMentions} unlinked mentions)");
            Assert.True(seen == before || seen == after,
                $"After kill {kill} of the {name} ({point}; seed {seed}) readers see neither the store before the run nor the store after it: " +
                $"{seen.Articles} articles with {seen.UnlinkedMentions} unlinked mentions, against {before.Articles} with {before.UnlinkedMentions} " +
                $"and {after.Articles} with {after.UnlinkedMentions}.");
            await AssertSoundAsync(database);
        }
        await IngestAsync(folder, database);
        Assert.Equal(after, await ReaderViewAsync(database));
        await AssertSoundAsync(database);
        Assert.Equal(0, await ScalarAsync(database, """SELECT COUNT(*) FROM "PendingArticles" """));
    }

    /// <summary>
    /// Runs ingest and kills it after a random number of written articles (of about <paramref name="writes"/>) or,
    /// when the run reaches its consolidation first, a random while into it; says where the kill landed.
    /// </summary>
    private static async Task<string> IngestKilledAsync(string folder, string database, Random random, int writes)
    {
        var afterWritten = random.Next(1, writes + writes / 3 + 1);
        var intoConsolidation = TimeSpan.FromMilliseconds(random.Next(0, 1000));
        using var process = StartIngest(folder, database);
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var written = 0;
        var point = "the run finished first";
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (line.Contains(" INF] Ingested ", StringComparison.Ordinal) || line.Contains(" INF] Updated ", StringComparison.Ordinal))
            {
                if (++written >= afterWritten)
                {
                    // Log lines are written on a thread of their own and may trail the writes: the run may be done.
                    point = CliProcess.TryKill(process) ? $"killed after {written} articles written" : "the run finished first";
                    break;
                }
            }
            else if (line.Contains("merging summits and agreements", StringComparison.Ordinal))
            {
                await Task.Delay(intoConsolidation);
                point = CliProcess.TryKill(process)
                    ? $"killed {intoConsolidation.TotalMilliseconds:0} ms into the consolidation, after {written} articles written"
                    : $"the run finished within {intoConsolidation.TotalMilliseconds:0} ms of consolidating";
                break;
            }
        }
        await WaitAsync(process);
        await standardOutput;
        return point;
    }

    private static async Task IngestAsync(string folder, string database)
    {
        using var process = StartIngest(folder, database);
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await WaitAsync(process);
        Assert.True(process.ExitCode == 0, $"ingest failed ({process.ExitCode}): {await standardError}");
        await standardOutput;
    }

    private static Process StartIngest(string folder, string database) => CliProcess.Start("ingest", folder, "--db", database);

    private static Task WaitAsync(Process process) => CliProcess.WaitAsync(process, RunLimit, "ingest");

    /// <summary>What readers see: the export (without the moment it was made) and the mentions of visible articles merged into nothing.</summary>
    private static async Task<ReaderView> ReaderViewAsync(string database)
    {
        var document = await new DocumentExporter(Contexts(database), TimeProvider.System).BuildAsync() with { GeneratedAt = "" };
        var unlinked = await ScalarAsync(database, InterruptedRunSql.UnlinkedMentionsOfVisibleArticles);
        return new ReaderView(ExportJson.Serialize(document), document.Articles.Count, unlinked);
    }

    /// <summary>
    /// The file passes SQLite's checks and the search index FTS5's; no summit or agreement is without mentions, and no
    /// article readers do not see yet has a mention merged into one.
    /// </summary>
    private static async Task AssertSoundAsync(string database)
    {
        Assert.Equal("ok", await TextAsync(database, "PRAGMA integrity_check"));
        Assert.Equal(0, await ScalarAsync(database, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        await ScalarAsync(database, """INSERT INTO "ArticlesFts"("ArticlesFts", rank) VALUES ('integrity-check', 1)""");
        Assert.Equal(await ScalarAsync(database, """SELECT COUNT(*) FROM "Articles" """), await ScalarAsync(database, """SELECT COUNT(*) FROM "ArticlesFts_docsize" """));
        Assert.Equal(0, await ScalarAsync(database, """SELECT COUNT(*) FROM "ArticlesFtsDeferred" """));
        Assert.Equal(0, await ScalarAsync(database, """SELECT COUNT(*) FROM "Summits" s WHERE NOT EXISTS (SELECT 1 FROM "SummitMentions" m WHERE m."SummitId" = s."Id")"""));
        Assert.Equal(0, await ScalarAsync(database, """SELECT COUNT(*) FROM "Agreements" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementMentions" m WHERE m."AgreementId" = a."Id")"""));
        Assert.Equal(0, await ScalarAsync(database, InterruptedRunSql.PendingArticlesWithMergedMentions));
    }

    private static async Task<string> EmptyStoreAsync(string database)
    {
        await Contexts(database).MigrateAsync();
        return database;
    }

    /// <summary>A copy of <paramref name="database"/> as committed (SQLite's backup), at <paramref name="copy"/>.</summary>
    private static string Backup(string database, string copy)
    {
        using var source = Open(database);
        using var target = Open(copy);
        source.BackupDatabase(target);
        return copy;
    }

    private static PooledDbContextFactory<BharatBriefDbContext> Contexts(string database)
    {
        var options = new DbContextOptionsBuilder<BharatBriefDbContext>();
        options.UseBharatBrief(Unpooled(database));
        return new(options.Options);
    }

    /// <summary>Connections that close for good when disposed: the next run starts with no connection of the test's left open.</summary>
    private static string Unpooled(string database) =>
        new SqliteConnectionStringBuilder(BharatBriefDatabase.ConnectionStringFor(database)) { Pooling = false }.ToString();

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(Unpooled(database));
        connection.Open();
        return connection;
    }

    private static async Task<long> ScalarAsync(string database, string sql) =>
        Convert.ToInt64(await ValueAsync(database, sql) ?? 0L, CultureInfo.InvariantCulture);

    private static async Task<string?> TextAsync(string database, string sql) => Convert.ToString(await ValueAsync(database, sql), CultureInfo.InvariantCulture);

    private static async Task<object?> ValueAsync(string database, string sql)
    {
        await using var connection = Open(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static void Write(string folder, string name, string text) =>
        File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private sealed record ReaderView(string Export, int Articles, long UnlinkedMentions);
}

[CollectionDefinition(nameof(KilledIngestTests), DisableParallelization = true)]
public sealed class KilledIngestCollection;
