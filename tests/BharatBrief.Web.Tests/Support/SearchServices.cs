using BharatBrief.Data;
using BharatBrief.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Support;

/// <summary>The site's search over a copy of the seeded store of its own, without the site: for components tested alone.</summary>
public sealed class SearchServices : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ServiceProvider? _services;

    /// <summary>The search the site registers, on the real store.</summary>
    public SiteSearch Search => _services!.GetRequiredService<SiteSearch>();

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
