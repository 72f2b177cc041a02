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
        Description = "The store: a SQLite database file, or a PostgreSQL connection string (\"Host=…;Port=…;Database=…;Username=…\").",
        Required = true,
    };
}
