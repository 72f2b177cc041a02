using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Web.Components.Pages.Search;
using BharatBrief.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Search;

public sealed class SearchIslandTests : BunitContext
{
    [Fact]
    public async Task A_failing_search_shows_a_message_and_a_way_back_instead_of_a_dead_form()
    {
        using var folder = new TempFolder();
        var notAStore = folder.File("not-a-store.db");
        await File.WriteAllTextAsync(notAStore, "this file is not a SQLite database, so every search on it fails");
        await using (var store = new ServiceCollection()
            .AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(notAStore))
            .AddSingleton<SearchCatalog>()
            .AddTransient<SiteSearch>()
            .BuildServiceProvider())
        {
            Services.AddSingleton(store.GetRequiredService<SiteSearch>());
            Services.AddSingleton(TimeProvider.System);
            SetRendererInfo(new RendererInfo("Server", isInteractive: true));

            var island = Render<SearchIsland>(parameters => parameters.Add(p => p.Q, "modi"));

            island.WaitForAssertion(() => Assert.Contains("Live search stopped working", island.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(10));
            Assert.Empty(island.FindAll("form"));
            Assert.NotNull(island.Find("[role=alert] a[href]"));
        }
        SqliteConnection.ClearAllPools();
    }
}
