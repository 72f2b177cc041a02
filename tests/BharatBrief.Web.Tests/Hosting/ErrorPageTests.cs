using System.Net;
using BharatBrief.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Web.Tests.Hosting;

/// <summary>Failures on a store that broke under the running site: a friendly page in production, the developer page in Development.</summary>
public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_failure_shows_a_friendly_page_that_leaks_nothing_and_logs_the_exception_once()
    {
        await using var factory = new SiteFactory("Production");
        await SeededStore.CopyToAsync(factory.DatabasePath);
        using var client = factory.CreateClient();
        await BreakAsync(factory);
        factory.Logs.Clear();

        using var response = await client.GetAsync("/summits?from=2000");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong on our side", Html.Parse(body).One("h1").Text());
        Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no such table", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body);
        var events = factory.Logs.Entries.Where(e => e.Category == LogCapture.RequestCategory).ToList();
        var failure = Assert.Single(events);
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.IsType<SqliteException>(failure.Exception?.GetBaseException());
        Assert.Equal(500, failure.Properties["StatusCode"]);
        Assert.Equal("/summits", failure.Properties["Path"]);
    }

    [Fact]
    public async Task Development_shows_the_developer_page()
    {
        await using var factory = new SiteFactory("Development");
        await SeededStore.CopyToAsync(factory.DatabasePath);
        using var client = factory.CreateClient();
        await BreakAsync(factory);

        using var response = await client.GetAsync("/summits");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("SqliteException", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Takes a table away under the running site, as a broken disk or a bad hand edit would.</summary>
    private static async Task BreakAsync(SiteFactory factory)
    {
        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """PRAGMA foreign_keys = OFF; DROP TABLE "Summits";""";
        await command.ExecuteNonQueryAsync();
    }
}
