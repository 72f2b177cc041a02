using BharatBrief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Support;

/// <summary>Reads the site's store directly, so that tests compare pages with what the store holds.</summary>
public static class Store
{
    public static async Task<T> ReadAsync<T>(this SiteFactory factory, Func<BharatBriefDbContext, Task<T>> read)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<BharatBriefDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await read(db);
    }
}
