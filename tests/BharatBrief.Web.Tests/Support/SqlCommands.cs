namespace BharatBrief.Web.Tests.Support;

/// <summary>Counts the SQL commands the site ran, from EF Core's "executed DbCommand" events.</summary>
public static class SqlCommands
{
    private const string Category = "Microsoft.EntityFrameworkCore.Database.Command";

    /// <summary>EF Core's event id for an executed command (RelationalEventId.CommandExecuted).</summary>
    private const int CommandExecuted = 20101;

    public static int Count(LogCapture logs) => logs.Entries.Count(entry => entry.Category == Category && entry.EventId == CommandExecuted);
}
