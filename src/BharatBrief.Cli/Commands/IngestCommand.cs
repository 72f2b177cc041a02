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
        var command = new Command("ingest", "Read a folder of articles into the store; files already stored and unchanged are left as they are.")
        {
            folder,
            database,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, "ingest", async (output, error, verbose) =>
        {
            var folderPath = parseResult.GetValue(folder)!;
            var databasePath = parseResult.GetValue(database)!;
            CheckFolder(folderPath);
            DatabaseTarget.CheckCanCreate(databasePath);
            await using var services = CliServices.For(databasePath, SqliteOpenMode.ReadWriteCreate, verbose);
            var contexts = services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();
            await contexts.MigrateAsync(cancellationToken);
            var report = await services.GetRequiredService<ArticleImporter>()
                .IngestFolderAsync(folderPath, new ProgressPrinter(error), cancellationToken);
            SummaryPrinter.Print(report, output);
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
