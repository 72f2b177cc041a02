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
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    /// <param name="args">The command line, e.g. <c>["ingest", "seeds", "--db", "bharatbrief.db"]</c>.</param>
    /// <param name="output">Where documents and summaries go; standard output by default.</param>
    /// <param name="error">Where progress and errors go; standard error by default.</param>
    /// <param name="cancellationToken">Stops the command; Ctrl+C does too.</param>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default) =>
        CreateRootCommand().Parse(args).InvokeAsync(
            new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error },
            cancellationToken);
}
