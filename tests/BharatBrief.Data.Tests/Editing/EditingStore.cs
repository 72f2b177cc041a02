using BharatBrief.Data.Editing;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Data.Tests.Editing;

/// <summary>A real SQLite store with the seeds ingested, and the editing services on it.</summary>
public sealed class EditingStore : IAsyncDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ServiceProvider _services;

    private EditingStore()
    {
        _services = new ServiceCollection()
            .AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(_temp.File("store.db")))
            .BuildServiceProvider();
    }

    public static async Task<EditingStore> WithSeedsAsync()
    {
        var store = new EditingStore();
        await store.Contexts.MigrateAsync();
        await store.Importer.IngestFolderAsync(SeedFiles.CopyTo(store._temp.Folder("seeds")));
        return store;
    }

    public IDbContextFactory<BharatBriefDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();

    public ArticleImporter Importer => _services.GetRequiredService<ArticleImporter>();

    public BriefService Briefs => _services.GetRequiredService<BriefService>();

    public CorrectionService Corrections => _services.GetRequiredService<CorrectionService>();

    public string SeedFolder => _temp.File("seeds");

    public async Task<T> QueryAsync<T>(Func<BharatBriefDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _temp.Dispose();
    }
}
