using Microsoft.Data.Sqlite;

namespace BharatBrief.Cli;

/// <summary>Checks a database path before use and turns SQLite's failures into one line a user can act on.</summary>
internal static class DatabaseTarget
{
    /// <summary>The file may be missing (it is then created) but its folder must exist and the path must not be a folder.</summary>
    public static void CheckCanCreate(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliFailure($"Cannot use the database '{path}': it is a folder.");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliFailure($"Cannot create the database '{path}': the folder '{folder}' does not exist.");
        }
    }

    public static void CheckExists(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliFailure($"The database '{path}' does not exist; run ingest first.");
        }
    }

    public static CliFailure Describe(string path, SqliteException exception) =>
        new($"Cannot use the database '{path}': {Reason(exception)}.");

    private static string Reason(SqliteException exception) => exception.SqliteErrorCode switch
    {
        3 or 23 => "permission denied",
        5 or 6 => "another program holds a lock on it",
        8 => "it is read-only",
        10 => "a disk error occurred",
        11 => "the file is damaged",
        13 => "the disk is full",
        14 => "it cannot be opened or created (is its folder writable?)",
        26 => "the file is not a SQLite database",
        _ => exception.Message.TrimEnd('.'),
    };
}
