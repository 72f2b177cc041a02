using System.Text.Json;
using System.Text.RegularExpressions;
using BharatBrief.Data.Export;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Export;

/// <summary>The export follows docs/export.md: its field names in its order, dates at stored precision, nulls written.</summary>
public sealed partial class ExportShapeTests
{
    private static readonly string[] DocumentFields = ["generatedAt", "articles", "summits", "agreements", "themes", "figures"];
    private static readonly string[] ArticleFields = ["slug", "title", "source", "publishedOn", "asOf", "asOfBasis", "themes"];
    private static readonly string[] SummitFields = ["slug", "title", "kind", "status", "start", "end", "city", "country", "venue", "ordinal", "participants", "themes", "sources", "conflicts"];
    private static readonly string?[] SummitKinds = ["annual-summit", "state-visit", "informal-summit", "multilateral", "phone-call", "meeting"];
    private static readonly string?[] SummitStatuses = ["held", "planned", "cancelled"];
    private static readonly string?[] AgreementStatuses = ["proposed", "under-negotiation", "agreed", "signed", "ratified", "in-force"];
    private static readonly string[] AgreementFields = ["slug", "name", "aliases", "kind", "status", "date", "themes", "summit", "sources"];

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task The_document_has_every_field_of_the_contract_with_dates_at_their_precision_and_nulls_written(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "moscow.txt", NewsArticles.MoscowSummit);
        NewsArticles.Write(folder, "last-summit.txt", NewsArticles.LastSummitIn2021);
        NewsArticles.Write(folder, "s400.txt", NewsArticles.S400Deal);
        NewsArticles.Write(folder, "relos.txt", NewsArticles.RelosRatified);
        await store.Importer().IngestFolderAsync(folder);

        using var json = JsonDocument.Parse(ExportJson.Serialize(await store.Exporter().BuildAsync()));
        var root = json.RootElement;

        Assert.Equal(DocumentFields, Names(root));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", root.GetProperty("generatedAt").GetString());
        var articles = root.GetProperty("articles").EnumerateArray().ToArray();
        Assert.All(articles, article => Assert.Equal(ArticleFields, Names(article)));
        var moscowArticle = articles.Single(a => Text(a, "source") == "moscow.txt");
        Assert.Equal(("modi-putin-meet-novo-ogaryovo", "2024-07-10", "2024-07-10", "published date"),
            (Text(moscowArticle, "slug"), Text(moscowArticle, "publishedOn"), Text(moscowArticle, "asOf"), Text(moscowArticle, "asOfBasis")));
        var s400Article = articles.Single(a => Text(a, "source") == "s400.txt");
        Assert.Equal((JsonValueKind.Null, "2018-10-05", "date in the dateline"),
            (s400Article.GetProperty("publishedOn").ValueKind, Text(s400Article, "asOf"), Text(s400Article, "asOfBasis")));
        // Themes in rank order with weights to three places, as stored.
        var weight = provider == StoreProvider.PostgreSql ? """to_char(t."Weight", 'FM0.000')""" : """printf('%.3f', t."Weight")""";
        var stored = await store.ColumnAsync($"""
            SELECT t."ThemeSlug" || '|' || {weight} FROM "ArticleThemes" t JOIN "Articles" a ON a."Id" = t."ArticleId"
            WHERE a."SourceName" = 'moscow.txt' ORDER BY t."Rank"
            """);
        Assert.Equal(["ukraine-war", "energy", "trade"], stored.Select(row => row.Split('|')[0]));
        Assert.Equal(stored, moscowArticle.GetProperty("themes").EnumerateArray()
            .Select(t => $"{Text(t, "slug")}|{t.GetProperty("weight").GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.All(moscowArticle.GetProperty("themes").EnumerateArray(), t => Assert.Equal(["slug", "weight"], Names(t)));

        var summits = root.GetProperty("summits").EnumerateArray().ToArray();
        Assert.Equal(["new-delhi-2018-10-05", "summit-2021", "moscow-2024-07-08"], summits.Select(s => Text(s, "slug")));
        Assert.All(summits, summit => Assert.Equal(SummitFields, Names(summit).Take(SummitFields.Length)));
        var moscow = summits.Single(s => Text(s, "city") == "Moscow");
        Assert.Equal(("moscow-2024-07-08", "2024-07-08", "2024-07-09", 22), (Text(moscow, "slug"), Text(moscow, "start"), Text(moscow, "end"), moscow.GetProperty("ordinal").GetInt32()));
        Assert.Equal(("annual-summit", "held", "Russia", "Novo-Ogaryovo"), (Text(moscow, "kind"), Text(moscow, "status"), Text(moscow, "country"), Text(moscow, "venue")));
        Assert.Equal(["Narendra Modi", "Vladimir Putin"], moscow.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["ukraine-war"], moscow.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.All(moscow.GetProperty("sources").EnumerateArray(), source =>
        {
            Assert.Equal(["article", "quote"], Names(source));
            Assert.Equal("modi-putin-meet-novo-ogaryovo", Text(source, "article"));
        });
        var disputed = summits.Single(s => Text(s, "start") == "2021");
        Assert.Equal(("summit-2021", JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null),
            (Text(disputed, "slug"), disputed.GetProperty("end").ValueKind, disputed.GetProperty("city").ValueKind, disputed.GetProperty("venue").ValueKind, disputed.GetProperty("ordinal").ValueKind));
        // The "last summit" claim and the later summit that contradicts it: one conflict, kept on both.
        foreach (var summit in new[] { disputed, moscow })
        {
            var conflict = summit.GetProperty("conflicts").EnumerateArray().Single();
            Assert.Equal(["field", "claims"], Names(conflict));
            Assert.Equal(["2021", "2024-07-08 (22nd summit)"], conflict.GetProperty("claims").EnumerateArray().Select(c => Text(c, "value")));
            Assert.Equal(["russia-india-look-settle-trade-national-currencies", "modi-putin-meet-novo-ogaryovo"], conflict.GetProperty("claims").EnumerateArray().Select(c => Text(c, "article")));
        }
        Assert.Empty(summits.Single(s => Text(s, "slug") == "new-delhi-2018-10-05").GetProperty("conflicts").EnumerateArray());

        var agreements = root.GetProperty("agreements").EnumerateArray().ToArray();
        Assert.All(agreements, agreement => Assert.Equal(AgreementFields, Names(agreement).Take(AgreementFields.Length)));
        var s400 = agreements.Single(a => Text(a, "slug") == "s-400-triumf-air-defence-systems-contract");
        Assert.Equal(("signed", "2018-10-05", "new-delhi-2018-10-05"), (Text(s400, "status"), Text(s400, "date"), Text(s400, "summit")));
        var relos = agreements.Single(a => Text(a, "slug") == "relos");
        Assert.Equal(("Reciprocal Exchange of Logistics Support", "ratified", "2025-11-18", JsonValueKind.Null),
            (Text(relos, "name"), Text(relos, "status"), Text(relos, "date"), relos.GetProperty("summit").ValueKind));
        Assert.Equal(["RELOS", "Reciprocal Exchange of Logistic Support"], relos.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["defence"], relos.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));

        var themes = root.GetProperty("themes").EnumerateArray().ToArray();
        Assert.Equal(13, themes.Length);
        Assert.Equal(["slug", "name", "articles"], Names(themes[0]));
        Assert.Equal(("defence", "Defence"), (Text(themes[0], "slug"), Text(themes[0], "name")));
        Assert.Equal(["duma-ratifies-logistics-pact-india", "india-russia-sign-s-400-deal-putin-visits"], themes[0].GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(themes.Single(t => Text(t, "slug") == "nuclear").GetProperty("articles").EnumerateArray());

        // The same trade figure in two articles is one figure with two sources.
        var figures = root.GetProperty("figures").EnumerateArray().ToArray();
        Assert.All(figures, figure => Assert.Equal(["what", "value", "sources"], Names(figure)));
        var trade = figures.Single(f => Text(f, "what") == "bilateral trade");
        Assert.Equal("65 billion USD", Text(trade, "value"));
        Assert.Equal(["modi-putin-meet-novo-ogaryovo", "russia-india-look-settle-trade-national-currencies"], trade.GetProperty("sources").EnumerateArray().Select(s => Text(s, "article")).Order(StringComparer.Ordinal));
        Assert.Equal(2, figures.Length);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task The_seeds_export_with_iso_dates_domain_slugs_and_readable_text(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
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
