using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Data.Sharing;

/// <summary>Connecting <see cref="SharedStateDbContext"/> to the store and bringing its tables up to date.</summary>
public static class SharedState
{
    /// <summary>Points <paramref name="builder"/> at the store of <paramref name="location"/>, with this context's own history table.</summary>
    public static DbContextOptionsBuilder UseSharedState(this DbContextOptionsBuilder builder, StoreLocation location) =>
        location.Provider switch
        {
            StoreProvider.Sqlite => builder.UseSqlite(location.ConnectionString,
                sqlite => sqlite.MigrationsHistoryTable(SharedStateDbContext.MigrationsHistoryTable)),
            StoreProvider.PostgreSql => builder.UseNpgsql(location.ConnectionString,
                npgsql => npgsql.MigrationsAssembly(BharatBriefDatabase.PostgreSqlMigrationsAssembly).MigrationsHistoryTable(SharedStateDbContext.MigrationsHistoryTable)),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location.Provider, "Unknown store provider."),
        };

    /// <summary>A context of the shared state on the connection of <paramref name="db"/>, the store's own context.</summary>
    public static SharedStateDbContext OnConnectionOf(BharatBriefDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        var options = new DbContextOptionsBuilder<SharedStateDbContext>();
        if (db.Database.IsNpgsql())
        {
            options.UseNpgsql(connection, npgsql => npgsql.MigrationsAssembly(BharatBriefDatabase.PostgreSqlMigrationsAssembly).MigrationsHistoryTable(SharedStateDbContext.MigrationsHistoryTable));
        }
        else
        {
            options.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(SharedStateDbContext.MigrationsHistoryTable));
        }
        return new SharedStateDbContext(options.Options);
    }

    /// <summary>
    /// Registers a pooled factory of <see cref="SharedStateDbContext"/> on <paramref name="location"/>, and the context
    /// itself per scope (data protection's key repository asks for it so).
    /// </summary>
    public static IServiceCollection AddSharedState(this IServiceCollection services, StoreLocation location)
    {
        services.AddPooledDbContextFactory<SharedStateDbContext>(options => options.UseSharedState(location));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<SharedStateDbContext>>().CreateDbContext());
        return services;
    }

}

/// <summary>Lets <c>dotnet ef</c> build this context's SQLite model without an application host.</summary>
internal sealed class SharedStateDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<SharedStateDbContext>
{
    public SharedStateDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SharedStateDbContext>();
        options.UseSharedState(new StoreLocation(StoreProvider.Sqlite, BharatBriefDatabase.ConnectionStringFor("design-time.db")));
        return new SharedStateDbContext(options.Options);
    }
}
