using BharatBrief.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Cli;

/// <summary>The services a command needs: logging and the store, a SQLite file or a PostgreSQL database.</summary>
internal static class CliServices
{
    /// <param name="database">What <c>--db</c> gave: a SQLite file's path or a PostgreSQL connection string.</param>
    /// <param name="mode">How a SQLite file is opened.</param>
    /// <param name="verbose">Log debug events.</param>
    public static ServiceProvider For(string database, SqliteOpenMode mode, bool verbose) =>
        ForLocation(StoreLocation.FromDbArgument(database, mode), verbose);

    public static ServiceProvider ForConnection(string connectionString, bool verbose) =>
        ForLocation(new StoreLocation(StoreProvider.Sqlite, connectionString), verbose);

    public static ServiceProvider ForLocation(StoreLocation location, bool verbose) =>
        new ServiceCollection()
            .AddLogging(logging => logging.AddCliLogging(verbose))
            .AddBharatBriefData(location)
            .BuildServiceProvider();
}
