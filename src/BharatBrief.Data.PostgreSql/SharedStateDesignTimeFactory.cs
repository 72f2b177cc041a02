using BharatBrief.Data.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BharatBrief.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the shared state's PostgreSQL model (see <see cref="DesignTimeDbContextFactory"/>).</summary>
internal sealed class SharedStateDesignTimeFactory : IDesignTimeDbContextFactory<SharedStateDbContext>
{
    public SharedStateDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("BHARATBRIEF_POSTGRES") is { Length: > 0 } given
            ? given
            : "Host=localhost;Database=bharatbrief;Username=bharatbrief";
        var options = new DbContextOptionsBuilder<SharedStateDbContext>();
        options.UseSharedState(new StoreLocation(StoreProvider.PostgreSql, connectionString));
        return new SharedStateDbContext(options.Options);
    }
}
