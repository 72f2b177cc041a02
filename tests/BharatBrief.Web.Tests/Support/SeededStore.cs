using BharatBrief.Data;
using BharatBrief.Data.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Support;

/// <summary>
/// A store with the five seed articles, ingested once per test run by the real importer from the seeds the site ships
/// with; each test class works on a copy of its file.
/// </summary>
public static class SeededStore
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    /// <summary>The seed folder as the site finds it: copied beside the app.</summary>
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>A fresh copy of the seeded store at <paramref name="path"/>.</summary>
    public static async Task CopyToAsync(string path) => File.Copy(await Template.Value, path);

    private static async Task<string> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bharatbrief-web-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "seeded.db");
        var connection = BharatBriefDatabase.ConnectionStringFor(file);
        await using (var services = new ServiceCollection().AddBharatBriefData(connection).BuildServiceProvider())
        {
            var contexts = services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();
            await contexts.MigrateAsync();
            await services.GetRequiredService<ArticleImporter>().IngestFolderAsync(SeedFolder);
            await using var db = await contexts.CreateDbContextAsync();
            // Everything into the main file, so that copying the file copies the store.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        return file;
    }
}
