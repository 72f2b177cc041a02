using System.CommandLine;
using System.Globalization;
using BharatBrief.Data;
using BharatBrief.Worker;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BharatBrief.Cli.Commands;

/// <summary>
/// <c>worker --db &lt;store&gt;</c>: the ingestion service in a process of its own. Watches the inbox folder and polls the
/// feeds of <c>BharatBrief:Ingestion:Worker</c> (appsettings.json in the current folder, environment variables
/// <c>BharatBrief__Ingestion__Worker__…</c>, or the options below) until stopped.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var database = CliOptions.Database();
        var inbox = new Option<string?>("--inbox") { Description = "The inbox folder (.txt and .md files, sidecars, manifests); replaces InboxPath of configuration." };
        var feeds = new Option<string[]>("--feed") { Description = "An Atom or RSS feed's address; give it once per feed. Replaces Feeds of configuration.", AllowMultipleArgumentsPerToken = false };
        var interval = new Option<TimeSpan?>("--interval") { Description = "Time between passes, e.g. 00:05:00 (default five minutes)." };
        var once = new Option<bool>("--once") { Description = "Make one pass over every source, print its runs and stop." };
        var command = new Command("worker", "Run the ingestion service: take in new and changed articles from an inbox folder and from feeds, every interval, recording every run.")
        {
            database,
            inbox,
            feeds,
            interval,
            once,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, "worker", async (output, error, verbose) =>
        {
            var databasePath = parseResult.GetValue(database)!;
            DatabaseTarget.CheckCanCreate(databasePath);
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
            builder.Logging.AddCliLogging(verbose);
            builder.Services.AddBharatBriefData(StoreLocation.FromDbArgument(databasePath));
            builder.Services.AddBharatBriefIngestion(builder.Configuration, hosted: !parseResult.GetValue(once));
            builder.Services.PostConfigure<IngestionWorkerOptions>(options =>
            {
                if (parseResult.GetValue(inbox) is { Length: > 0 } folder)
                {
                    options.InboxPath = folder;
                }
                if (parseResult.GetValue(feeds) is { Length: > 0 } given)
                {
                    options.Feeds = [.. given.Select(url => new IngestionWorkerOptions.FeedOptions { Url = url })];
                }
                if (parseResult.GetValue(interval) is { } every)
                {
                    options.Interval = every;
                }
            });
            using var host = builder.Build();
            if (host.Services.GetRequiredService<IngestionWorkerOptions>().Problems() is { Count: > 0 } problems)
            {
                throw new CliFailure(string.Join(Environment.NewLine, problems));
            }
            await host.Services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>().MigrateAsync(cancellationToken);
            if (!parseResult.GetValue(once))
            {
                // Runs until Ctrl+C or SIGTERM; a pass in progress is stopped between articles.
                await host.RunAsync(cancellationToken);
                return;
            }
            var pass = await host.Services.GetRequiredService<IngestionRunner>().RunOnceAsync(cancellationToken);
            await PrintAsync(pass, output);
            if (pass.Runs.Any(run => !run.Succeeded))
            {
                throw new WorkerRunFailedException();
            }
        }, databasePath: parseResult.GetValue(database)));
        return command;
    }

    private static async Task PrintAsync(IngestionPass pass, TextWriter output)
    {
        if (!pass.LockHeld)
        {
            await output.WriteLineAsync("Another worker is taking articles in; nothing was read.");
            return;
        }
        foreach (var run in pass.Runs)
        {
            var kind = run.Kind.ToString().ToLowerInvariant();
            await output.WriteLineAsync(run.Succeeded
                ? string.Create(CultureInfo.InvariantCulture, $"{kind} {run.Source}: {run.Received} received, {run.Ingested} ingested, {run.Updated} updated, {run.Unchanged} unchanged, {run.Skipped} skipped, {run.Failed} failed")
                : $"{kind} {run.Source}: failed: {run.Error}");
            foreach (var problem in run.Problems)
            {
                await output.WriteLineAsync($"  {(problem.Failed ? "failed" : "skipped")} {problem.Item}: {problem.Reason}");
            }
        }
        foreach (var (source, retryAt) in pass.Waiting)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{source}: failed lately; tried again from {retryAt:u}"));
        }
    }
}

/// <summary>A pass of <c>worker --once</c> had a failed run (printed already): the exit code says so.</summary>
internal sealed class WorkerRunFailedException() : Exception("a source could not be read; see its run above");
