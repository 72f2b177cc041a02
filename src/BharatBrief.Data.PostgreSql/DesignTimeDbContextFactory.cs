using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BharatBrief.Data.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model without an application host (docs/store.md). Adding a migration
/// needs no server; applying one with <c>dotnet ef database update</c> takes the server from
/// <c>BHARATBRIEF_POSTGRES</c>.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BharatBriefDbContext>
{
    public BharatBriefDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("BHARATBRIEF_POSTGRES") is { Length: > 0 } given
            ? given
            : "Host=localhost;Database=bharatbrief;Username=bharatbrief";
        var options = new DbContextOptionsBuilder<BharatBriefDbContext>();
        options.UseBharatBrief(new StoreLocation(StoreProvider.PostgreSql, connectionString));
        return new BharatBriefDbContext(options.Options);
    }
}
