using BharatBrief.Data;
using BharatBrief.Web.Components.Pages.Agreements;
using BharatBrief.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Register;

public sealed class RegisterIslandTests : BunitContext
{
    [Fact]
    public async Task A_failing_store_shows_a_message_and_a_way_back_instead_of_a_dead_table()
    {
        using var folder = new TempFolder();
        var notAStore = folder.File("not-a-store.db");
        await File.WriteAllTextAsync(notAStore, "this file is not a SQLite database, so every read of it fails");
        await using (var store = new ServiceCollection().AddBharatBriefData(BharatBriefDatabase.ConnectionStringFor(notAStore)).BuildServiceProvider())
        {
            Services.AddSingleton(store.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>());
            JSInterop.Mode = JSRuntimeMode.Loose;
            SetRendererInfo(new RendererInfo("Server", isInteractive: true));

            var island = Render<RegisterIsland>(parameters => parameters.Add(p => p.Status, "signed"));

            island.WaitForAssertion(() => Assert.Contains("The register stopped working", island.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(10));
            Assert.Empty(island.FindAll("table"));
            Assert.NotNull(island.Find("[role=alert] a[href]"));
        }
        SqliteConnection.ClearAllPools();
    }
}
