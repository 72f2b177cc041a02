using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BharatBrief.Corpus;
using BharatBrief.Data.Export;
using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BharatBrief.Data.Tests.Cli;

/// <summary>
/// The command line's <c>worker --once</c> killed outright (SIGKILL, the whole process tree) part way through taking in
/// an inbox: the store is sound and readers see it as before the pass or as after a whole one; the killed pass leaves
/// no run recorded as going on; the next pass finishes the job — every inbox article stored once, the export that of
/// a clean pass over the same inbox. The kill point comes from a seed the output gives (<c>BHARATBRIEF_KILL_SEED</c>
/// repeats it). Runs in <see cref="KilledIngestTests"/>' collection, alone: its runs use both cores.
/// </summary>
[Collection(nameof(KilledIngestTests))]
public sealed class KilledWorkerTests(ITestOutputHelper output)
{
    private const int CorpusSeed = 2027;

    /// <summary>A batch of 200 and part of the next: a few seconds of ingest on two shared cores.</summary>
    private const int InboxArticles = 260;

    /// <summary>Longest a pass may take: generous, since the suite runs its projects side by side on two cores.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(120);

    [Theory(Timeout = 600_000)]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_worker_killed_during_an_ingest_leaves_the_store_sound_and_the_next_pass_finishes_the_job(StoreProvider provider)
    {
        var seed = Environment.GetEnvironmentVariable("BHARATBRIEF_KILL_SEED") is { } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"Kill seed {seed}");
        using var temp = new TempFolder();
        var inbox = temp.Folder("inbox");
        foreach (var article in CorpusGenerator.Generate(InboxArticles, CorpusSeed))
        {
            File.WriteAllText(Path.Combine(inbox, article.FileName), article.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        using var reference = await TestStore.CreateAsync(provider);
        var clean = await WorkerOnceAsync(reference, inbox);
        Assert.True(clean.ExitCode == 0, $"the clean pass failed ({clean.ExitCode}): {clean.Error}");
        var afterCleanPass = await ReaderViewAsync(reference);
        var cleanRun = Assert.Single(await RunsAsync(reference));
        Assert.Equal(InboxArticles, cleanRun.Received);
        Assert.True(cleanRun.Ingested > 200, $"the clean pass stored only {cleanRun.Ingested} articles");

        using var store = await TestStore.CreateAsync(provider);
        var beforePass = await ReaderViewAsync(store);
        var point = await WorkerKilledAsync(store, inbox, new Random(seed), cleanRun.Ingested);
        var seen = await ReaderViewAsync(store);
        var stored = await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" """);
        var pending = await store.ScalarAsync("""SELECT COUNT(*) FROM "PendingArticles" """);
        output.WriteLine($"{provider}: {point}; {stored} articles stored, {pending} of them not consolidated yet");
        Assert.True(seen == beforePass || seen == afterCleanPass,
            $"After the kill ({point}; seed {seed}) readers see neither the store before the pass nor the store after a clean one.");
        await AssertSoundAsync(store);
        if (stored > 0)
        {
            await StoreAssert.ArticlesWholeAsync(store, inbox);
        }
        // A run is recorded whole once its source has been read: a pass killed before leaves none, never one "running"
        // for ever; a pass killed after (while it prints or closes) leaves its whole run, over a store already complete.
        var runsAfterKill = await RunsAsync(store);
        Assert.True(
            runsAfterKill.Count == 0
            || (runsAfterKill is [{ Succeeded: true } recorded] && recorded.Received == InboxArticles && seen == afterCleanPass),
            $"the killed pass ({point}) left {runsAfterKill.Count} run(s) recorded, or one over a store not complete");

        var resumed = await WorkerOnceAsync(store, inbox);
        Assert.True(resumed.ExitCode == 0, $"the pass after the kill failed ({resumed.ExitCode}): {resumed.Error}");
        Assert.Equal(afterCleanPass, await ReaderViewAsync(store));
        var sources = ExportedSources(afterCleanPass.Export);
        Assert.Equal(sources.Count, sources.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(InboxArticles - cleanRun.Skipped, sources.Count);
        Assert.Subset(Directory.GetFiles(inbox).Select(file => Path.GetFileName(file)).ToHashSet(StringComparer.Ordinal), sources.ToHashSet(StringComparer.Ordinal));
        await AssertSoundAsync(store);
        await StoreAssert.ArticlesWholeAsync(store, inbox);
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "PendingArticles" """));
        var resumedRun = (await RunsAsync(store))[^1];
        Assert.True(resumedRun.Succeeded, resumedRun.Error);
        Assert.Equal(
            (InboxArticles, InboxArticles, 0),
            (resumedRun.Received, resumedRun.Ingested + resumedRun.Unchanged + resumedRun.Skipped, resumedRun.Failed));
        Assert.Equal(InboxArticles, await store.ScalarAsync("""SELECT COUNT(*) FROM "IngestionItems" """));

        // And the job is done: another pass takes nothing in.
        var after = await WorkerOnceAsync(store, inbox);
        Assert.Equal($"inbox {inbox}: {InboxArticles} received, 0 ingested, 0 updated, {InboxArticles} unchanged, 0 skipped, 0 failed", after.Output.Trim());
    }

    /// <summary>
    /// Starts <c>worker --once</c> and kills it once a random number of its articles (of the <paramref name="writes"/>
    /// a clean pass stores) are logged as stored; one time in four, a random while after the last — into the
    /// consolidation, the worker's record of what it took in, or the run's record; says where the kill landed.
    /// </summary>
    private static async Task<string> WorkerKilledAsync(TestStore store, string inbox, Random random, int writes)
    {
        var afterLast = random.Next(4) == 0;
        var afterWritten = afterLast ? writes : random.Next(1, writes);
        var delay = afterLast ? TimeSpan.FromMilliseconds(random.Next(0, 1500)) : TimeSpan.Zero;
        using var process = CliProcess.Start("worker", "--once", "--db", store.DatabasePath, "--inbox", inbox);
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var written = 0;
        var point = "the pass finished first";
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (line.Contains(" INF] Ingested ", StringComparison.Ordinal) && ++written >= afterWritten)
            {
                await Task.Delay(delay);
                // Log lines are written on a thread of their own and may trail the writes: the pass may be done.
                point = CliProcess.TryKill(process)
                    ? $"killed {delay.TotalMilliseconds:0} ms after {written} articles were logged as written"
                    : $"the pass finished first ({delay.TotalMilliseconds:0} ms after {written} articles were logged as written)";
                break;
            }
        }
        await CliProcess.WaitAsync(process, RunLimit, "worker --once");
        await standardOutput;
        return point;
    }

    private static async Task<WorkerRun> WorkerOnceAsync(TestStore store, string inbox)
    {
        using var process = CliProcess.Start("worker", "--once", "--db", store.DatabasePath, "--inbox", inbox);
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await CliProcess.WaitAsync(process, RunLimit, "worker --once");
        return new WorkerRun(process.ExitCode, await standardOutput, await standardError);
    }

    /// <summary>
    /// What <see cref="KilledIngestTests"/> asks of a store after a kill, on either provider: no orphan and no summit or
    /// agreement without mentions, the search index in step, no article readers do not see yet with a mention merged,
    /// and on SQLite the file's own checks. (Mentions merged into nothing are compared with a clean pass's, in
    /// <see cref="ReaderViewAsync"/>: the consolidator leaves some unmerged by design.)
    /// </summary>
    private static async Task AssertSoundAsync(TestStore store)
    {
        await StoreAssert.NoOrphansAsync(store);
        Assert.Equal(0, await store.ScalarAsync(InterruptedRunSql.PendingArticlesWithMergedMentions));
        if (store.Provider == StoreProvider.Sqlite)
        {
            Assert.Equal(["ok"], await store.ColumnAsync("PRAGMA integrity_check"));
        }
    }

    /// <summary>What readers see: the export (without the moment it was made) and the mentions of visible articles merged into nothing.</summary>
    private static async Task<ReaderView> ReaderViewAsync(TestStore store) => new(
        ExportJson.Serialize(await store.Exporter().BuildAsync() with { GeneratedAt = "" }),
        await store.ScalarAsync(InterruptedRunSql.UnlinkedMentionsOfVisibleArticles));

    private static List<string> ExportedSources(string export)
    {
        using var document = JsonDocument.Parse(export);
        return [.. document.RootElement.GetProperty("articles").EnumerateArray().Select(article => article.GetProperty("source").GetString()!)];
    }

    private static async Task<List<BharatBrief.Data.Entities.IngestionRun>> RunsAsync(TestStore store)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return await db.IngestionRuns.AsNoTracking().OrderBy(run => run.Id).ToListAsync();
    }

    private sealed record ReaderView(string Export, long UnlinkedMentions);

    private sealed record WorkerRun(int ExitCode, string Output, string Error);
}
