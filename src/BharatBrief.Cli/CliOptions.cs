using System.CommandLine;

namespace BharatBrief.Cli;

/// <summary>Options more than one command takes.</summary>
internal static class CliOptions
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log debug events (why files were skipped, what each step did) to standard error.",
        Recursive = true,
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite database file.",
        Required = true,
    };
}
