using System.Net;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Caching;
using BharatBrief.Web.Tests.Editors;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>The site for the cache-scope tests, with the sign-in rate limit raised.</summary>
public sealed class CacheScopeSiteFixture : SiteFixture
{
    public CacheScopeSiteFixture() => Factory.Settings[BharatBrief.Web.Security.SignInRateLimit.Setting] = "1000";
}

/// <summary>
/// The readers' cache is cleared when published facts change, and only then: accounts coming and going, signing in
/// and out and failing to sign in write to the store but leave readers' cached pages where they are.
/// </summary>
public sealed class CacheScopeTests(CacheScopeSiteFixture site) : IClassFixture<CacheScopeSiteFixture>
{
    [Fact]
    public async Task Accounts_and_sign_ins_leave_the_cache_and_a_change_to_the_facts_clears_it()
    {
        await site.Client.GetStringAsync("/");
        var generation = site.Factory.Services.GetRequiredService<StoreGeneration>();
        await Task.Delay(500);
        var before = generation.Value;

        await EditorClient.CreateAccountAsync(site.Factory, "cache-editor@example.org", EditorRoles.Editor);
        using (var client = EditorClient.Anonymous(site.Factory))
        {
            using var failed = await client.SignInAsync("cache-editor@example.org", "wrong password 12");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            using var signedIn = await client.SignInAsync("cache-editor@example.org", EditorClient.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            using var signedOut = await client.PostFormToActionAsync("/editor", "/account/sign-out");
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }
        await using (var connection = new SqliteConnection(site.Factory.ConnectionString))
        {
            // As `users add` from another process would: a write to the accounts only.
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE "AspNetUsers" SET "SecurityStamp" = 'another' WHERE "NormalizedUserName" = 'CACHE-EDITOR@EXAMPLE.ORG';""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        await Task.Delay(1000);

        Assert.Equal(before, generation.Value);

        await using (var connection = new SqliteConnection(site.Factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE "Summits" SET "Venue" = 'Hyderabad House' WHERE "Id" = (SELECT min("Id") FROM "Summits");""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        for (var attempt = 0; attempt < 100 && generation.Value == before; attempt++)
        {
            await Task.Delay(100);
        }
        Assert.NotEqual(before, generation.Value);
    }
}
