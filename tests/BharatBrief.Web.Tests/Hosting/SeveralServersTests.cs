using System.Net;
using BharatBrief.Data;
using BharatBrief.Data.Accounts;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Sharing;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion;
using BharatBrief.Web.Tests.Editors;
using BharatBrief.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using BharatBrief.Web.Hosting;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>
/// Two web servers on one store, as behind a proxy without sticky sessions: a form read from one is posted to the
/// other, a cookie one made opens the other's editors' pages, signing out on one ends the session on both (for every
/// copy of the cookie), data protected on one is read on the other, and a
/// change written through one reaches the other's readers' cache.
/// </summary>
public sealed class SeveralServersTests
{
    private const string NewArticle = """
        Putin and Modi agree on Zanskar hydrogen corridor

        NEW DELHI - Prime Minister Narendra Modi and President Vladimir Putin agreed in a phone call to study a Zanskar hydrogen corridor, officials said.
        The Zanskar corridor agreement would link Indian ports with Russian gas fields, and India and Russia will sign it at their next summit.
        """;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_form_from_one_server_signs_in_on_the_other_and_the_session_holds_on_both_until_signed_out(StoreProvider provider)
    {
        await using var servers = await ServerPair.StartAsync(provider);
        await EditorClient.CreateAccountAsync(servers.A, "both@example.org", EditorRoles.Editor);
        var cookies = new CookieContainer();
        using var onA = servers.ClientOf(servers.A, cookies);
        using var onB = servers.ClientOf(servers.B, cookies);

        // The sign-in form and its antiforgery token come from A; B takes the post.
        var form = await onA.ReadFormAsync("/account/sign-in", "sign-in");
        using var signedIn = await onB.SubmitAsync(form, new() { ["Input.Email"] = "both@example.org", ["Input.Password"] = EditorClient.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // B's cookie opens A's editors' pages, and a form A renders for the editor posts to B.
        var kept = new CookieContainer();
        foreach (Cookie cookie in cookies.GetCookies(new Uri("https://localhost")))
        {
            kept.Add(cookie);
        }
        using var keptOnA = servers.ClientOf(servers.A, kept);
        await keptOnA.GetAsync("/editor");
        using var signedOut = await onB.PostFormToActionAsync("/editor", "/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // Signed out through B, the session is gone on A too, even for the copy of the cookie kept from before.
        using var afterOnA = await keptOnA.Http.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.Redirect, afterOnA.StatusCode);
        Assert.StartsWith("/account/sign-in", EditorClient.PathOf(afterOnA), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_servers_started_together_on_a_store_without_keys_read_each_others_protected_data()
    {
        var a = new SiteFactory();
        var b = new SiteFactory();
        await SeededStore.CopyToAsync(a.DatabasePath);
        b.Settings["BharatBrief:Database"] = a.DatabasePath;
        await using (a)
        await using (b)
        {
            await Task.WhenAll(Task.Run(() => a.CreateClient().Dispose()), Task.Run(() => b.CreateClient().Dispose()));
            var fromA = Protector(a).Protect("made on A");
            var fromB = Protector(b).Protect("made on B");

            Assert.Equal("made on A", Protector(b).Unprotect(fromA));
            Assert.Equal("made on B", Protector(a).Unprotect(fromB));
        }

        static IDataProtector Protector(SiteFactory site) => site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("several servers");
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_page_cached_on_one_server_shows_a_change_written_through_the_other_after_the_watchers_interval(StoreProvider provider)
    {
        await using var servers = await ServerPair.StartAsync(provider);
        using var readerOnB = servers.B.CreateClient();
        using var cachedBefore = await readerOnB.GetAsync("/articles");
        using var cachedAgain = await readerOnB.GetAsync("/articles");
        Assert.True(cachedAgain.Headers.Age.HasValue, "B did not cache /articles.");
        Assert.DoesNotContain("Zanskar", await cachedAgain.Content.ReadAsStringAsync());

        // Written through A's own importer, as A's editors and ingests write.
        var outcome = await servers.A.Services.GetRequiredService<ArticleImporter>().IngestOneAsync(ArticleSource.FromFile("zanskar.txt", NewArticle));
        Assert.Equal(IngestAction.Ingested, outcome.Action);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(await readerOnB.GetStringAsync("/articles")).Contains("Zanskar", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "B kept serving its cached /articles 10 s after the change.");
            await Task.Delay(50);
        }
        Assert.Contains("Zanskar", await readerOnB.GetStringAsync("/feeds/articles.atom"));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task The_keys_are_kept_in_the_store_under_the_sites_name(StoreProvider provider)
    {
        await using var servers = await ServerPair.StartAsync(provider);

        var ring = servers.A.Services.GetRequiredService<IKeyManager>().GetAllKeys();
        await using var db = await servers.A.Services.GetRequiredService<IDbContextFactory<SharedStateDbContext>>().CreateDbContextAsync();
        var stored = await db.DataProtectionKeys.Select(key => key.Xml!).ToListAsync();

        Assert.NotEmpty(ring);
        Assert.All(ring, key => Assert.Contains(stored, xml => xml.Contains(key.KeyId.ToString(), StringComparison.OrdinalIgnoreCase)));
        Assert.All(new[] { servers.A, servers.B }, site =>
            Assert.Equal(SeveralServers.ApplicationName, site.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator));
    }

    [Theory]
    [PostgreSqlData]
    public async Task A_server_whose_watching_connection_the_database_dropped_still_sees_the_next_change(StoreProvider provider)
    {
        await using var servers = await ServerPair.StartAsync(provider);
        using var readerOnB = servers.B.CreateClient();
        await readerOnB.GetStringAsync("/articles");

        // What a database restart or a failover does to every open connection.
        await using (var admin = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = admin.CreateCommand();
            terminate.CommandText = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()";
            terminate.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(servers.PostgreSqlConnectionString).Database!);
            Assert.True((long)(await terminate.ExecuteScalarAsync())! > 0);
        }
        await Task.Delay(500);
        NpgsqlConnection.ClearAllPools();

        var outcome = await servers.A.Services.GetRequiredService<ArticleImporter>().IngestOneAsync(ArticleSource.FromFile("zanskar.txt", NewArticle));
        Assert.Equal(IngestAction.Ingested, outcome.Action);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(await readerOnB.GetStringAsync("/articles")).Contains("Zanskar", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "B kept serving its cached /articles 10 s after the change.");
            await Task.Delay(50);
        }
    }

    /// <summary>Two sites on one store: A made it (a copy of the seeded SQLite file, or a new PostgreSQL database seeded at A's first start), B joins it.</summary>
    private sealed class ServerPair : IAsyncDisposable
    {
        private string? _postgres;

        public string PostgreSqlConnectionString => _postgres ?? throw new InvalidOperationException("The pair is on SQLite.");

        public SiteFactory A { get; } = new();

        public SiteFactory B { get; } = new();

        public static async Task<ServerPair> StartAsync(StoreProvider provider)
        {
            var pair = new ServerPair();
            if (provider == StoreProvider.PostgreSql)
            {
                pair._postgres = await PostgresServer.CreateDatabaseAsync();
                foreach (var site in new[] { pair.A, pair.B })
                {
                    site.Settings["BharatBrief:Database:Provider"] = "PostgreSql";
                    site.Settings["ConnectionStrings:BharatBrief"] = pair._postgres;
                }
            }
            else
            {
                await SeededStore.CopyToAsync(pair.A.DatabasePath);
                pair.B.Settings["BharatBrief:Database"] = pair.A.DatabasePath;
            }
            // One after the other, as a deployment starts them: A migrates (and seeds), then B joins.
            pair.A.CreateClient().Dispose();
            pair.B.CreateClient().Dispose();
            return pair;
        }

        /// <summary>A browser's client of <paramref name="site"/> over https, its cookies in <paramref name="cookies"/> (shared across servers as one browser's are).</summary>
        public EditorClient ClientOf(SiteFactory site, CookieContainer cookies) =>
            EditorClient.Over(site.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));

        public async ValueTask DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (_postgres is not null)
            {
                PostgresServer.DropDatabase(_postgres);
            }
        }
    }
}
