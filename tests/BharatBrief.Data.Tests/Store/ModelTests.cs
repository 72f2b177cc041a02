using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Store;

public sealed class ModelTests
{
    [Fact]
    public async Task The_migrations_match_the_model_and_seed_the_taxonomy()
    {
        using var store = await TestStore.CreateAsync();
        await using var db = await store.Contexts.CreateDbContextAsync();

        // A change of an entity, a configuration or themes.json needs a migration (docs/store.md); this says so.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a migration: add one (docs/store.md).");
        Assert.Equal(
            ["defence", "energy", "nuclear", "trade", "sanctions", "ukraine-war", "strategic-autonomy", "payments", "technology", "labour-mobility", "china", "multilateral", "counterterrorism"],
            await db.Themes.OrderBy(theme => theme.Position).Select(theme => theme.Slug).ToListAsync());
        Assert.Equal(["wal"], await store.ColumnAsync("PRAGMA journal_mode"));
    }

    [Theory]
    [PostgreSqlData]
    public async Task The_PostgreSQL_migrations_match_the_model_and_seed_the_taxonomy_too(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        await using var db = await store.Contexts.CreateDbContextAsync();

        // Every model change needs a migration for each provider (docs/store.md, "PostgreSQL").
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a PostgreSQL migration: add one to src/BharatBrief.Data.PostgreSql (docs/store.md).");
        Assert.Equal(13, await db.Themes.CountAsync());
        Assert.Equal(["Changes=0"], await store.ColumnAsync("""SELECT 'Changes=' || "Changes" FROM "PublishedFactsChanges" """));
        await db.Themes.Where(theme => theme.Slug == "trade").ExecuteUpdateAsync(set => set.SetProperty(theme => theme.Name, "Trade and payments"));
        Assert.Equal(["Changes=1"], await store.ColumnAsync("""SELECT 'Changes=' || "Changes" FROM "PublishedFactsChanges" """));
    }
}
