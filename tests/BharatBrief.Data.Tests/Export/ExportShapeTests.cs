using System.Text.Json;
using System.Text.RegularExpressions;
using BharatBrief.Data.Export;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Export;

/// <summary>The export follows docs/EXPORT.md: its field names in its order, dates at stored precision, nulls written.</summary>
public sealed partial class ExportShapeTests
{
    private static readonly string[] DocumentFields = ["generatedAt", "articles", "summits", "agreements", "themes", "figures"];
    private static readonly string[] ArticleFields = ["slug", "title", "source", "publishedOn", "asOf", "asOfBasis", "themes"];
    private static readonly string[] SummitFields = ["slug", "title", "kind", "status", "start", "end", "city", "country", "venue", "ordinal", "participants", "themes", "sources", "conflicts"];
    private static readonly string?[] SummitKinds = ["annual-summit", "state-visit", "informal-summit", "multilateral", "phone-call", "meeting"];
    private static readonly string?[] SummitStatuses = ["held", "planned", "cancelled"];
    private static readonly string?[] AgreementStatuses = ["proposed", "under-negotiation", "agreed", "signed", "ratified", "in-force"];
    private static readonly string[] AgreementFields = ["slug", "name", "aliases", "kind", "status", "date", "themes", "summit", "sources"];

    [Fact]
    public async Task The_document_has_every_field_of_the_contract_with_dates_at_their_precision_and_nulls_written()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", "India and Russia meet in Moscow", "India and Russia met.",
            "@summit city=Moscow country=Russia venue=Novo-Ogaryovo date=2024-07-08 end=2024-07-09 status=held kind=annual-summit ordinal=22 themes=defence,energy",
            "@summit date=2021 status=held kind=annual-summit latest=true",
            "@agreement name=\"Reciprocal Exchange of Logistic Support\" aliases=RELOS status=ratified date=2025 summit=0 themes=defence",
            "@figure what=\"bilateral trade\" value=\"65 billion USD\" amount=65",
            "@themes energy=0.3133 defence=0.6867");
        ScriptedFolder.Write(folder, "b.txt", "India and Russia trade grows", "India and Russia trade a lot.",
            "@figure what=\"Bilateral trade \" value=\"65 billion USD\" amount=65", "@themes trade=1");
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);

        using var json = JsonDocument.Parse(ExportJson.Serialize(await store.Exporter().BuildAsync()));
        var root = json.RootElement;

        Assert.Equal(DocumentFields, Names(root));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", root.GetProperty("generatedAt").GetString());
        var article = root.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("source").GetString() == "a.txt");
        Assert.Equal(ArticleFields, Names(article));
        Assert.Equal(JsonValueKind.Null, article.GetProperty("publishedOn").ValueKind);
        Assert.Equal(["defence", "energy"], article.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal(0.687, article.GetProperty("themes")[0].GetProperty("weight").GetDouble());

        var summits = root.GetProperty("summits").EnumerateArray().ToArray();
        Assert.All(summits, summit => Assert.Equal(SummitFields, Names(summit).Take(SummitFields.Length)));
        var moscow = summits.Single(s => s.GetProperty("city").GetString() == "Moscow");
        Assert.Equal(("moscow-2024-07-08", "2024-07-08", "2024-07-09", 22), (Text(moscow, "slug"), Text(moscow, "start"), Text(moscow, "end"), moscow.GetProperty("ordinal").GetInt32()));
        Assert.Equal(("annual-summit", "held"), (Text(moscow, "kind"), Text(moscow, "status")));
        Assert.Equal(["defence", "energy"], moscow.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("india-russia-meet-moscow", moscow.GetProperty("sources")[0].GetProperty("article").GetString());
        var undated = summits.Single(s => s.GetProperty("start").GetString() == "2021");
        Assert.Equal(("summit-2021", JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (Text(undated, "slug"), undated.GetProperty("end").ValueKind, undated.GetProperty("city").ValueKind, undated.GetProperty("ordinal").ValueKind));
        var conflict = undated.GetProperty("conflicts").EnumerateArray().Single();
        Assert.Equal(["field", "claims"], Names(conflict));
        Assert.Equal(["2021", "2024-07-08"], conflict.GetProperty("claims").EnumerateArray().Select(c => Text(c, "value")));
        Assert.Equal("india-russia-meet-moscow", Text(conflict.GetProperty("claims")[0], "article"));

        var relos = root.GetProperty("agreements").EnumerateArray().Single();
        Assert.Equal(AgreementFields, Names(relos).Take(AgreementFields.Length));
        Assert.Equal(("relos", "ratified", "2025", "moscow-2024-07-08"), (Text(relos, "slug"), Text(relos, "status"), Text(relos, "date"), Text(relos, "summit")));
        Assert.Equal(["RELOS"], relos.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        var themes = root.GetProperty("themes").EnumerateArray().ToArray();
        Assert.Equal(13, themes.Length);
        Assert.Equal(["slug", "name", "articles"], Names(themes[0]));
        Assert.Equal(("defence", "Defence"), (Text(themes[0], "slug"), Text(themes[0], "name")));
        Assert.Equal(["india-russia-trade-grows"], themes.Single(t => Text(t, "slug") == "trade").GetProperty("articles").EnumerateArray().Select(a => a.GetString()));

        var figure = root.GetProperty("figures").EnumerateArray().Single();
        Assert.Equal(["what", "value", "sources"], Names(figure));
        Assert.Equal(2, figure.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task The_seeds_export_with_iso_dates_domain_slugs_and_readable_text()
    {
        using var store = await TestStore.CreateAsync();
        await store.Importer().IngestFolderAsync(SeedFiles.CopyTo(store.Temp.Folder("articles")));

        var text = ExportJson.Serialize(await store.Exporter().BuildAsync());
        using var json = JsonDocument.Parse(text);

        Assert.DoesNotContain("\\u2019", text, StringComparison.Ordinal);
        Assert.Equal(SeedFiles.Names, json.RootElement.GetProperty("articles").EnumerateArray().Select(a => Text(a, "source")).Order(StringComparer.Ordinal));
        foreach (var summit in json.RootElement.GetProperty("summits").EnumerateArray())
        {
            AssertDate(summit, "start");
            AssertDate(summit, "end");
            Assert.Contains(Text(summit, "kind"), SummitKinds);
            Assert.Contains(Text(summit, "status"), SummitStatuses);
            Assert.NotEmpty(summit.GetProperty("sources").EnumerateArray());
        }
        foreach (var agreement in json.RootElement.GetProperty("agreements").EnumerateArray())
        {
            AssertDate(agreement, "date");
            Assert.Contains(Text(agreement, "status"), AgreementStatuses);
        }
        foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            AssertDate(article, "asOf");
        }
    }

    private static void AssertDate(JsonElement element, string field)
    {
        var value = element.GetProperty(field);
        Assert.True(value.ValueKind == JsonValueKind.Null || IsoDate().IsMatch(value.GetString()!), $"{field}: {value}");
    }

    private static string? Text(JsonElement element, string field) => element.GetProperty(field).GetString();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDate();
}
