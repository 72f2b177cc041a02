using System.CommandLine;
using BharatBrief.Data;
using BharatBrief.Data.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Cli.Commands;

/// <summary><c>ingest &lt;folder&gt; --db &lt;file&gt;</c>: reads every .txt and .md file of a folder into the store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder of articles (.txt and .md files; a.txt.json beside a.txt gives its metadata)." };
        var database = CliOptions.Database();
        var prune = new Option<bool>("--prune") { Description = "Also list the stored articles whose files are gone from the folder (a dry run: nothing is removed without --apply)." };
        var apply = new Option<bool>("--apply") { Description = "With --prune: remove those articles, with their facts." };
        var command = new Command("ingest", "Read a folder of articles into the store; files already stored and unchanged are left as they are.")
        {
            folder,
            database,
            prune,
            apply,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, "ingest", async (output, error, verbose) =>
        {
            var folderPath = parseResult.GetValue(folder)!;
            if (parseResult.GetValue(apply) && !parseResult.GetValue(prune))
            {
                throw new CliFailure("--apply goes with --prune.");
            }
            var databasePath = parseResult.GetValue(database)!;
            CheckFolder(folderPath);
            DatabaseTarget.CheckCanCreate(databasePath);
            await using var services = CliServices.For(databasePath, SqliteOpenMode.ReadWriteCreate, verbose);
            var contexts = services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();
            await contexts.MigrateAsync(cancellationToken);
            var importer = services.GetRequiredService<ArticleImporter>();
            var report = await importer.IngestFolderAsync(folderPath, new ProgressPrinter(error), cancellationToken);
            SummaryPrinter.Print(report, output);
            if (parseResult.GetValue(prune))
            {
                var applying = parseResult.GetValue(apply);
                var gone = await importer.PruneAsync(folderPath, applying, cancellationToken);
                await output.WriteLineAsync(gone.Count == 0
                    ? "Prune: every stored article's file is in the folder."
                    : applying
                        ? $"Pruned {gone.Count} article(s) whose files are gone from the folder:"
                        : $"Would prune {gone.Count} article(s) whose files are gone from the folder (run again with --prune --apply to remove them):");
                foreach (var article in gone)
                {
                    await output.WriteLineAsync($"  {article.File} ({article.Slug})");
                }
            }
        }, databasePath: parseResult.GetValue(database)));
        return command;
    }

    private static void CheckFolder(string path)
    {
        if (File.Exists(path))
        {
            throw new CliFailure($"'{path}' is a file, not a folder of articles.");
        }
        if (!Directory.Exists(path))
        {
            throw new CliFailure($"The folder '{path}' does not exist.");
        }
    }
}
