using System.CommandLine;
using BharatBrief.Data;
using BharatBrief.Data.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Cli.Commands;

/// <summary><c>export --db &lt;file&gt; [--out &lt;file&gt;]</c>: writes the store as the JSON document of docs/export.md.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var database = CliOptions.Database();
        var outFile = new Option<string?>("--out", "-o") { Description = "Write the document to this file instead of standard output." };
        var command = new Command("export", "Write everything the store holds as one JSON document (docs/export.md).")
        {
            database,
            outFile,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, "export", async (output, error, verbose) =>
        {
            var databasePath = parseResult.GetValue(database)!;
            var outPath = parseResult.GetValue(outFile);
            DatabaseTarget.CheckExists(databasePath);
            // Read-only: exporting never writes, never creates a file, and works on read-only storage.
            await using var services = CliServices.ForLocation(await DatabaseTarget.ReadOnlyLocationAsync(databasePath, cancellationToken), verbose);
            if (!await services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>().IsUpToDateAsync(cancellationToken))
            {
                throw new CliFailure($"The database '{databasePath}' has no BharatBrief schema or an older one; run ingest first.");
            }
            var document = await services.GetRequiredService<DocumentExporter>().BuildAsync(cancellationToken);
            if (outPath is null)
            {
                await output.WriteLineAsync(ExportJson.Serialize(document));
                return;
            }
            await WriteFileAsync(outPath, document, cancellationToken);
            await error.WriteLineAsync($"Exported {document.Articles.Count} articles, {document.Summits.Count} summits, " +
                $"{document.Agreements.Count} agreements and {document.Figures.Count} figures to {outPath}.");
        }, databasePath: parseResult.GetValue(database)));
        return command;
    }

    private static async Task WriteFileAsync(string path, ExportDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.Create(path);
            await ExportJson.SerializeAsync(stream, document, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure($"Cannot write '{path}': {ex.Message}");
        }
    }
}
