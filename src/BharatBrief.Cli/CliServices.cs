using BharatBrief.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Cli;

/// <summary>The services a command needs: logging and the store, for one database file.</summary>
internal static class CliServices
{
    public static ServiceProvider For(string databasePath, SqliteOpenMode mode, bool verbose) =>
        ForConnection(BharatBriefDatabase.ConnectionStringFor(databasePath, mode), verbose);

    public static ServiceProvider ForConnection(string connectionString, bool verbose) =>
        new ServiceCollection()
            .AddLogging(logging => logging.AddCliLogging(verbose))
            .AddBharatBriefData(connectionString)
            .BuildServiceProvider();
}
