using System.CommandLine;
using BharatBrief.Data.Importing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BharatBrief.Cli.Commands;

/// <summary>Runs a command's body and turns every way it can fail into an exit code and one line on standard error.</summary>
internal static class CommandRunner
{
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="command">The command's name, which starts every error line.</param>
    /// <param name="body">The command's work, given standard output, standard error and whether --verbose is on.</param>
    /// <param name="databasePath">The database the command uses (a file or a connection string), for describing the store's failures.</param>
    public static async Task<int> RunAsync(ParseResult parseResult, string command, Func<TextWriter, TextWriter, bool, Task> body, string? databasePath)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var verbose = parseResult.GetValue(CliOptions.Verbose);
        try
        {
            await body(output, error, verbose);
            return ExitCodes.Success;
        }
        catch (CliFailure failure)
        {
            await error.WriteLineAsync($"{command}: {failure.Message}");
            return ExitCodes.BadInput;
        }
        catch (SqliteException sqlite) when (databasePath is not null)
        {
            await error.WriteLineAsync($"{command}: {DatabaseTarget.Describe(databasePath, sqlite).Message}");
            return ExitCodes.BadInput;
        }
        catch (NpgsqlException postgres) when (databasePath is not null)
        {
            await error.WriteLineAsync($"{command}: {DatabaseTarget.Describe(databasePath, postgres).Message}");
            return ExitCodes.BadInput;
        }
        catch (InvalidOperationException wrapped) when (databasePath is not null && wrapped.InnerException is NpgsqlException postgres)
        {
            await error.WriteLineAsync($"{command}: {DatabaseTarget.Describe(databasePath, postgres).Message}");
            return ExitCodes.BadInput;
        }
        catch (IngestAbortedException aborted)
        {
            await error.WriteLineAsync($"{command}: {aborted.Message}");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"{command}: cancelled; what was committed before stays.");
            return ExitCodes.Cancelled;
        }
        catch (Exception unexpected)
        {
            await error.WriteLineAsync($"{command}: failed: {unexpected.GetBaseException().Message}");
            if (verbose)
            {
                await error.WriteLineAsync(unexpected.ToString());
            }
            return ExitCodes.Failed;
        }
    }
}
