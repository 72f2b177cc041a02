using System.Text.Json.Nodes;
using BharatBrief.Cli;
using BharatBrief.Data.Export;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Export;

/// <summary>The same articles give the same document on SQLite and on PostgreSQL, through the library and the command line.</summary>
public sealed class ProviderParityTests
{
    [Theory]
    [PostgreSqlData]
    public async Task The_seeds_export_the_same_document_from_SQLite_and_from_PostgreSQL(StoreProvider provider)
    {
        using var sqlite = await TestStore.CreateAsync(StoreProvider.Sqlite);
        using var other = await TestStore.CreateAsync(provider);
        var folder = SeedFiles.CopyTo(sqlite.Temp.Folder("articles"));
        await sqlite.Importer().IngestFolderAsync(folder);
        await other.Importer().IngestFolderAsync(folder);

        var fromSqlite = WithoutGeneratedAt(ExportJson.Serialize(await sqlite.Exporter().BuildAsync()));
        var fromOther = WithoutGeneratedAt(ExportJson.Serialize(await other.Exporter().BuildAsync()));

        Assert.Equal(SeedFiles.Names.Count, fromSqlite["articles"]!.AsArray().Count);
        Assert.NotEmpty(fromSqlite["summits"]!.AsArray());
        Assert.NotEmpty(fromSqlite["agreements"]!.AsArray());
        Assert.Equal(fromSqlite.ToJsonString(), fromOther.ToJsonString());
    }

    [Theory]
    [PostgreSqlData]
    public async Task Ingest_then_export_on_the_command_line_gives_the_same_document_for_a_file_and_a_connection_string(StoreProvider provider)
    {
        using var sqlite = await TestStore.CreateAsync(StoreProvider.Sqlite);
        using var other = await TestStore.CreateAsync(provider);
        var folder = SeedFiles.CopyTo(sqlite.Temp.Folder("articles"));

        var documents = new List<JsonObject>();
        foreach (var db in new[] { sqlite.DatabasePath, other.DatabasePath })
        {
            var ingest = await RunCliAsync("ingest", folder, "--db", db);
            Assert.True(ingest.Code == 0, ingest.Error);
            var export = await RunCliAsync("export", "--db", db);
            Assert.True(export.Code == 0, export.Error);
            documents.Add(WithoutGeneratedAt(export.Output));
        }

        Assert.Equal(SeedFiles.Names.Count, documents[0]["articles"]!.AsArray().Count);
        Assert.Equal(documents[0].ToJsonString(), documents[1].ToJsonString());
    }

    [Theory]
    [PostgreSqlData]
    public async Task A_connection_string_to_a_server_that_is_not_there_fails_with_one_clear_line(StoreProvider provider)
    {
        Assert.Equal(StoreProvider.PostgreSql, provider);
        using var temp = new TempFolder();
        var folder = SeedFiles.CopyTo(temp.Folder("articles"));

        var result = await RunCliAsync("ingest", folder, "--db", "Host=127.0.0.1;Port=1;Database=bharatbrief;Username=nobody;Timeout=3");

        Assert.NotEqual(0, result.Code);
        Assert.StartsWith("ingest: Cannot use the PostgreSQL database 'Host=127.0.0.1;Port=1;", result.Error.Trim());
        Assert.Contains("cannot reach the server", result.Error);
    }

    [Fact]
    public async Task A_connection_string_without_a_host_is_refused_rather_than_taken_for_a_file_name()
    {
        using var temp = new TempFolder();
        var folder = SeedFiles.CopyTo(temp.Folder("articles"));
        var before = Directory.GetFiles(Environment.CurrentDirectory).Length;

        var result = await RunCliAsync("ingest", folder, "--db", "Database=bharatbrief;Username=reader");

        Assert.Equal(2, result.Code);
        Assert.Equal("ingest: 'Database=bharatbrief;Username=reader' reads as a PostgreSQL connection string without a Host: give Host=…;Port=…;Database=…;Username=…, or a SQLite file's path.", result.Error.Trim());
        Assert.Equal(before, Directory.GetFiles(Environment.CurrentDirectory).Length);
    }

    private static JsonObject WithoutGeneratedAt(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        Assert.True(document.Remove("generatedAt"), "the document has no generatedAt");
        return document;
    }

    private static async Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await BharatBriefCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
