using BharatBrief.Data.Editing;
using BharatBrief.Data.Export;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BharatBrief.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store: a pooled <see cref="IDbContextFactory{TContext}"/> of <see cref="BharatBriefDbContext"/>
    /// (a context per operation), the <see cref="ArticleImporter"/>, the <see cref="DocumentExporter"/> and
    /// <see cref="ArticleSearch"/>, and editors' <see cref="BriefService"/> and <see cref="CorrectionService"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="connectionString">A SQLite connection string, e.g. from <see cref="BharatBriefDatabase.ConnectionStringFor"/>.</param>
    /// <param name="configureImport">Changes to the importer's defaults (size limit, batch size, threads).</param>
    public static IServiceCollection AddBharatBriefData(this IServiceCollection services, string connectionString, Action<ImportOptions>? configureImport = null) =>
        services.AddBharatBriefData(new StoreLocation(StoreProvider.Sqlite, connectionString), configureImport);

    /// <inheritdoc cref="AddBharatBriefData(IServiceCollection, string, Action{ImportOptions}?)"/>
    /// <param name="services">The application's services.</param>
    /// <param name="location">The store: a SQLite file's or a PostgreSQL database's connection string.</param>
    /// <param name="configureImport">Changes to the importer's defaults (size limit, batch size, threads).</param>
    public static IServiceCollection AddBharatBriefData(this IServiceCollection services, StoreLocation location, Action<ImportOptions>? configureImport = null)
    {
        services.AddLogging();
        services.AddSingleton(location);
        services.AddPooledDbContextFactory<BharatBriefDbContext>(options => options.UseBharatBrief(location));
        var importOptions = new ImportOptions();
        configureImport?.Invoke(importOptions);
        services.AddSingleton(importOptions);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<ArticleImporter>();
        services.AddTransient<DocumentExporter>();
        services.AddTransient<ArticleSearch>();
        services.AddTransient<BriefService>();
        services.AddTransient<CorrectionService>();
        return services;
    }
}
