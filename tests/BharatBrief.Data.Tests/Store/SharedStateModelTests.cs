using BharatBrief.Data.Sharing;
using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Store;

/// <summary>The state web servers share (keys, editors' sessions) is migrated with the store, from its own migrations, on each provider.</summary>
public sealed class SharedStateModelTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Migrating_the_store_creates_the_shared_state_from_migrations_that_match_its_model(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        await using var db = await store.Contexts.CreateDbContextAsync();
        await using var shared = SharedState.OnConnectionOf(db);

        Assert.False(shared.Database.HasPendingModelChanges(),
            "The shared state's model has changes without a migration: add one for each provider (docs/deploy.md, \"Keys and sessions\").");
        Assert.Empty(await shared.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await shared.DataProtectionKeys.CountAsync());
        Assert.Equal(0, await shared.EditorSessions.CountAsync());
        // Its history is its own: the store's history lists only the store's migrations.
        Assert.Equal((await db.Database.GetAppliedMigrationsAsync()).Count(), db.Database.GetMigrations().Count());
        Assert.True(await BharatBriefDatabase.IsUpToDateWithSharedStateAsync(db));
    }
}
