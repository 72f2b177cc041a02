using BharatBrief.Data;
using BharatBrief.Data.Importing;
using BharatBrief.Web.Caching;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Hosting;

public static partial class StorePreparation
{
    /// <summary>
    /// Brings the store's schema up to date and, on first start (no article yet), ingests the seed articles through
    /// the importer, the same path every article takes.
    /// </summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        var services = app.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("BharatBrief.Web.Store");
        var contexts = services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();
        await contexts.MigrateAsync();
        // The key ring is read (and, on a store without keys, its first key made) now rather than by the first editor's
        // request: a server started after another finds that server's key and protects with it.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(PrepareStoreAsync)).Protect([1]);

        var options = services.GetRequiredService<SiteOptions>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            if (!options.SeedOnFirstStart || await db.Articles.AnyAsync())
            {
                return;
            }
        }
        var folder = Path.GetFullPath(options.Seeds, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            NoSeeds(logger, folder);
            return;
        }
        var report = await services.GetRequiredService<ArticleImporter>().IngestFolderAsync(folder);
        Seeded(logger, report.Ingested, folder, report.Summits, report.Agreements);
        await services.GetRequiredService<ReaderCache>().InvalidateAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First start: ingested {Articles} seed articles from {Folder} ({Summits} summits, {Agreements} agreements)")]
    private static partial void Seeded(ILogger logger, int articles, string folder, int summits, int agreements);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: no seed folder at {Folder}; the site starts empty")]
    private static partial void NoSeeds(ILogger logger, string folder);
}
