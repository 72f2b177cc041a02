using System.Text.Json;
using BharatBrief.Cli;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Gold;

/// <summary>The seeds ingested through the command line into a real SQLite file, and the export it writes.</summary>
public sealed class SeedExport : IDisposable
{
    private readonly TempFolder _temp = new();

    public SeedExport()
    {
        var folder = SeedFiles.CopyTo(_temp.Folder("seeds"));
        var database = _temp.File("bharatbrief.db");
        var output = _temp.File("export.json");
        var ingest = BharatBriefCli.RunAsync(["ingest", folder, "--db", database], TextWriter.Null, TextWriter.Null).GetAwaiter().GetResult();
        var export = BharatBriefCli.RunAsync(["export", "--db", database, "--out", output], TextWriter.Null, TextWriter.Null).GetAwaiter().GetResult();
        if (ingest != 0 || export != 0)
        {
            throw new InvalidOperationException($"ingest exited {ingest}, export exited {export}");
        }
        Document = JsonDocument.Parse(File.ReadAllText(output));
    }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    public IEnumerable<JsonElement> Summits => Root.GetProperty("summits").EnumerateArray();

    public IEnumerable<JsonElement> Agreements => Root.GetProperty("agreements").EnumerateArray();

    /// <summary>The slug the export gives the article ingested from <paramref name="file"/>.</summary>
    public string SlugOf(string file) =>
        Root.GetProperty("articles").EnumerateArray().Single(article => article.GetProperty("source").GetString() == file).GetProperty("slug").GetString()!;

    public JsonElement ArticleFrom(string file) =>
        Root.GetProperty("articles").EnumerateArray().Single(article => article.GetProperty("source").GetString() == file);

    public void Dispose()
    {
        Document.Dispose();
        _temp.Dispose();
    }
}
