using Microsoft.Data.Sqlite;
using Npgsql;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>Tells a failure of one article's data from a failure of the store itself.</summary>
internal static class StoreFailures
{
    // SQLite result codes that one article's values can cause; any other code means the file, disk or lock failed.
    private const int TooBig = 18;
    private const int Constraint = 19;
    private const int Mismatch = 20;
    private const int Range = 25;

    /// <summary>
    /// True when rolling back the article and going on is right: a constraint or size the article's data broke, or a
    /// mapping error of ours on odd input. False for a store that no longer writes (read-only, full, corrupt, locked).
    /// </summary>
    public static bool IsArticleLevel(Exception exception)
    {
        if (exception is OperationCanceledException)
        {
            return false;
        }
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException sqlite)
            {
                return sqlite.SqliteErrorCode is TooBig or Constraint or Mismatch or Range;
            }
            if (inner is PostgresException postgres)
            {
                // Class 22 (data exception: a value too long, out of range, badly encoded) and 23 (integrity
                // constraint); any other class means the server, the disk or the connection failed.
                return postgres.SqlState.StartsWith("22", StringComparison.Ordinal) || postgres.SqlState.StartsWith("23", StringComparison.Ordinal);
            }
            if (inner is NpgsqlException)
            {
                return false;
            }
        }
        return exception is not (OutOfMemoryException or IOException);
    }
}
