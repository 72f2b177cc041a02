using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Store;

public sealed class StoreVersionTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_change_to_published_facts_is_seen_once_and_a_change_to_accounts_not_at_all(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        await using var version = await StoreVersion.OpenAsync(new StoreLocation(provider, store.ConnectionString));

        Assert.False(await version.ChangedAsync());
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            db.Users.Add(new Microsoft.AspNetCore.Identity.IdentityUser("editor@example.org"));
            await db.SaveChangesAsync();
        }
        Assert.False(await version.ChangedAsync());

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            await db.Themes.Where(theme => theme.Slug == "energy").ExecuteUpdateAsync(set => set.SetProperty(theme => theme.Name, "Energy and oil"));
        }
        Assert.True(await version.ChangedAsync());
        Assert.False(await version.ChangedAsync());
    }
}
