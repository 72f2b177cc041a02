using System.CommandLine;
using BharatBrief.Cli.Commands;

namespace BharatBrief.Cli;

/// <summary>The command line: its commands, and a way to run it with given output streams (tests run it in-process).</summary>
public static class BharatBriefCli
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("BharatBrief: news about India–Russia diplomacy read into summits, agreements, themes and figures.");
        root.Options.Add(CliOptions.Verbose);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    /// <param name="args">The command line, e.g. <c>["ingest", "seeds", "--db", "bharatbrief.db"]</c>.</param>
    /// <param name="output">Where documents and summaries go; standard output by default.</param>
    /// <param name="error">Where progress and errors go; standard error by default.</param>
    /// <param name="cancellationToken">Stops the command; Ctrl+C does too.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand();
        var parsed = root.Parse(args);
        error ??= Console.Error;
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            // A word typed in the wrong place may be a password: parse errors never print back what was typed.
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(Redact(problem.Message, args, root));
            }
            await error.WriteLineAsync("Run with --help to see the commands and their options.");
            return ExitCodes.BadInput;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output ?? Console.Out, Error = error }, cancellationToken);
    }

    /// <summary>
    /// <paramref name="message"/> with every quoted word that the user typed and that is not a command or option name
    /// replaced by <c>'…'</c>: "Unrecognized command or argument 'correct-horse-42battery'" becomes
    /// "Unrecognized command or argument '…'".
    /// </summary>
    internal static string Redact(string message, IReadOnlyCollection<string> args, Command root)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        Collect(root, known);
        return System.Text.RegularExpressions.Regex.Replace(message, "'([^']*)'", match =>
        {
            var quoted = match.Groups[1].Value;
            var typed = args.Any(arg => arg.Length > 0 && (arg == quoted || quoted.Contains(arg, StringComparison.Ordinal) || arg.Contains(quoted, StringComparison.Ordinal)));
            return typed && !known.Contains(quoted) ? "'…'" : match.Value;
        });
    }

    private static void Collect(Command command, HashSet<string> known)
    {
        known.Add(command.Name);
        known.UnionWith(command.Aliases);
        foreach (var option in command.Options)
        {
            known.Add(option.Name);
            known.UnionWith(option.Aliases);
        }
        foreach (var argument in command.Arguments)
        {
            known.Add(argument.Name);
        }
        foreach (var subcommand in command.Subcommands)
        {
            Collect(subcommand, known);
        }
    }
}
