using BharatBrief.Data;
using BharatBrief.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Support;

/// <summary>The site's search and store over a copy of the seeded store of its own, without the site: for components tested alone.</summary>
public sealed class SearchServices : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ServiceProvider? _services;

    /// <summary>The search the site registers, on the real store.</summary>
    public SiteSearch Search => _services!.GetRequiredService<SiteSearch>();

    /// <summary>The store's contexts, one per operation, as the site's components take them.</summary>
    public IDbContextFactory<BharatBriefDbContext> Contexts => _services!.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();

    /// <summary>The catalog of article titles the site keeps in memory.</summary>
    public SearchCatalog Catalog => _services!.GetRequiredService<SearchCatalog>();

    public async Task InitializeAsync()
    {
        var file = _folder.File("search.db");
        await SeededStore.CopyToAsync(file);
        _services = new ServiceCollection()
            .AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(file))
            .AddSingleton<SearchCatalog>()
            .AddTransient<SiteSearch>()
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
