using BharatBrief.Data;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Search;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BharatBrief.Web.Tests.Search;

/// <summary>The summits' and agreements' full-text indexes follow every write to their tables, through EF Core or SQL.</summary>
public sealed class SearchIndexTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IDbContextFactory<BharatBriefDbContext> _contexts = default!;

    private string Database => _folder.File("store.db");

    public async Task InitializeAsync()
    {
        await SeededStore.CopyToAsync(Database);
        var options = new DbContextOptionsBuilder<BharatBriefDbContext>();
        options.UseBharatBrief(BharatBriefDatabase.ConnectionStringFor(Database));
        _contexts = new PooledDbContextFactory<BharatBriefDbContext>(options.Options);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_seeded_summits_and_agreements_are_indexed()
    {
        Assert.Equal(await ScalarAsync("""SELECT COUNT(*) FROM "Summits" """), await ScalarAsync("""SELECT COUNT(*) FROM "SummitsFts_docsize" """));
        Assert.Equal(await ScalarAsync("""SELECT COUNT(*) FROM "Agreements" """), await ScalarAsync("""SELECT COUNT(*) FROM "AgreementsFts_docsize" """));
        Assert.Equal(1, await MatchesAsync(AgreementSearchIndex.Table, "\"relos\""));
        Assert.True(await MatchesAsync(SummitSearchIndex.Table, "\"novo\"") >= 1);
    }

    [Fact]
    public async Task An_insert_an_update_and_a_delete_through_EF_Core_reach_the_index()
    {
        await using (var db = await _contexts.CreateDbContextAsync())
        {
            db.Summits.Add(new Summit
            {
                Slug = "zanskar-2031", Title = "Zanskar Summit", Kind = SummitKind.Meeting, Status = SummitStatus.Planned,
                City = "Zanskar", Participants = ["Narendra Modi"], Conflicts = [],
            });
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, await MatchesAsync(SummitSearchIndex.Table, "\"zanskar\""));

        await using (var db = await _contexts.CreateDbContextAsync())
        {
            var summit = await db.Summits.SingleAsync(s => s.Slug == "zanskar-2031");
            summit.Title = "Ladakh Summit";
            summit.City = "Leh";
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await MatchesAsync(SummitSearchIndex.Table, "\"zanskar\""));
        Assert.Equal(1, await MatchesAsync(SummitSearchIndex.Table, "\"ladakh\" AND \"leh\""));

        await using (var db = await _contexts.CreateDbContextAsync())
        {
            await db.Summits.Where(s => s.Slug == "zanskar-2031").ExecuteDeleteAsync();
        }
        Assert.Equal(0, await MatchesAsync(SummitSearchIndex.Table, "\"ladakh\""));
        await ScalarAsync($"""INSERT INTO "{SummitSearchIndex.Table}"("{SummitSearchIndex.Table}", rank) VALUES ('integrity-check', 1)""");
    }

    [Fact]
    public async Task An_agreement_renamed_by_hand_is_found_by_its_new_name()
    {
        await ScalarAsync("""UPDATE "Agreements" SET "Name" = 'Logistics pact', "Aliases" = '["LOGPACT"]' WHERE "Slug" = 'relos'""");

        Assert.Equal(0, await MatchesAsync(AgreementSearchIndex.Table, "\"reciprocal\""));
        Assert.Equal(1, await MatchesAsync(AgreementSearchIndex.Table, "\"logpact\""));
        await ScalarAsync($"""INSERT INTO "{AgreementSearchIndex.Table}"("{AgreementSearchIndex.Table}", rank) VALUES ('integrity-check', 1)""");
    }

    private Task<long> MatchesAsync(string table, string match) =>
        ScalarAsync($"""SELECT COUNT(*) FROM "{table}" WHERE "{table}" MATCH '{match.Replace("'", "''")}'""");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(BharatBriefDatabase.ConnectionStringFor(Database));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
