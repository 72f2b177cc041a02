using BharatBrief.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Support;

/// <summary>The site's store, a copy of the seeded one of its own, without the site: for components tested alone.</summary>
public sealed class StoreServices : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ServiceProvider? _services;

    /// <summary>The context factory the site registers, on the real store.</summary>
    public IDbContextFactory<BharatBriefDbContext> Contexts => _services!.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();

    public async Task InitializeAsync()
    {
        var file = _folder.File("store.db");
        await SeededStore.CopyToAsync(file);
        _services = new ServiceCollection()
            .AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(file))
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
