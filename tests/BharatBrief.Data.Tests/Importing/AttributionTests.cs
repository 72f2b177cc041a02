using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Data.Tests.Importing;

public sealed class AttributionTests
{
    private static async Task<string> AttributionOf(TestStore store, string sourceName) =>
        string.Join('|', await store.ColumnAsync($"""
            SELECT coalesce("Outlet", '-') || '|' || coalesce("Author", '-') || '|' || coalesce("PublishedOn", '-') || '|' || coalesce("Url", '-')
            FROM "Articles" WHERE "SourceName" = '{sourceName}'
            """));

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Front_matter_gives_the_outlet_author_published_date_and_original(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.Write(store.Temp.Folder("articles"), "a.txt", """
            ---
            outlet: The Hindu
            author: "Suhasini  Haidar"
            published: 2018-10-05
            url: https://www.thehindu.com/news/national/s-400/article1.ece
            ---

            """ + NewsArticles.S400Deal);

        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal(1, report.Ingested);
        Assert.Equal("The Hindu|Suhasini Haidar|2018-10-05|https://www.thehindu.com/news/national/s-400/article1.ece", await AttributionOf(store, "a.txt"));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task The_sidecar_wins_over_the_manifest_key_by_key_and_the_manifest_over_front_matter(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.Write(store.Temp.Folder("articles"), "a.txt", "---\noutlet: From front matter\nauthor: Front Author\n---\n" + NewsArticles.S400Deal);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """
            [{"file": "a.txt", "outlet": "From the manifest", "author": "Manifest Author", "published": "2018-10-05"}]
            """);
        File.WriteAllText(Path.Combine(folder, "a.txt.json"), """{"outlet": "From the sidecar"}""");

        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Empty(report.Warnings);
        Assert.Equal("From the sidecar|Manifest Author|2018-10-05|-", await AttributionOf(store, "a.txt"));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_manifest_csv_gives_each_listed_file_its_metadata_and_a_warning_for_each_bad_row_or_value(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.Write(store.Temp.Folder("articles"), "a.txt", NewsArticles.S400Deal);
        NewsArticles.Write(folder, "b.txt", NewsArticles.SochiInformalSummit);
        File.WriteAllText(Path.Combine(folder, "manifest.csv"), """
            file,outlet,author,published,url
            a.txt,"The Hindu, Chennai","Haidar, Suhasini",2018-10-05,https://www.thehindu.com/a
            b.txt,TASS,,the fifth of May,javascript:alert(1)
            missing.txt,Reuters,,2018-10-05,https://www.reuters.com/x
            a.txt,Duplicate,,,
            c.txt,too,many,cells,here,really

            """);

        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal(2, report.Ingested);
        Assert.Equal("The Hindu, Chennai|Haidar, Suhasini|2018-10-05|https://www.thehindu.com/a", await AttributionOf(store, "a.txt"));
        Assert.Equal("TASS|-|-|-", await AttributionOf(store, "b.txt"));
        var warnings = report.Warnings.Where(w => w.File == "manifest.csv").Select(w => w.Message).ToList();
        Assert.Equal(5, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("line 3:", StringComparison.Ordinal) && w.Contains("'the fifth of May'", StringComparison.Ordinal) && w.Contains("not a date", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("line 3:", StringComparison.Ordinal) && w.Contains("javascript:alert(1)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("line 4:", StringComparison.Ordinal) && w.Contains("no article file 'missing.txt'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("line 5:", StringComparison.Ordinal) && w.Contains("listed already", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("line 6:", StringComparison.Ordinal) && w.Contains("6 cells where the header has 5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_manifest_that_is_not_JSON_is_ignored_with_a_warning_and_every_article_still_goes_in(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.Write(store.Temp.Folder("articles"), "a.txt", NewsArticles.S400Deal);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{"a.txt": {"outlet": "The Hindu"}""");

        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal(1, report.Ingested);
        Assert.Equal("-|-|-|-", await AttributionOf(store, "a.txt"));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("manifest.json", warning.File);
        Assert.StartsWith("is not valid JSON", warning.Message);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_changed_manifest_row_updates_its_article_alone(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.Write(store.Temp.Folder("articles"), "a.txt", NewsArticles.S400Deal);
        NewsArticles.Write(folder, "b.txt", NewsArticles.SochiInformalSummit);
        var manifest = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifest, """{"a.txt": {"outlet": "The Hindu"}, "b.txt": {"outlet": "TASS"}}""");
        await store.Importer().IngestFolderAsync(folder);

        File.WriteAllText(manifest, """{"a.txt": {"outlet": "The Hindu", "author": "Suhasini Haidar"}, "b.txt": {"outlet": "TASS"}}""");
        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal((0, 1, 1), (report.Ingested, report.Updated, report.Unchanged));
        Assert.Equal("The Hindu|Suhasini Haidar|-|-", await AttributionOf(store, "a.txt"));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_brief_s_source_name_and_link_are_its_outlet_and_original(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var metadata = new FrontMatter(new Dictionary<string, string>
        {
            ["title"] = "S-400 deal signed", ["source"] = "Press Information Bureau", ["url"] = "https://pib.gov.in/release/1",
        });

        var outcome = await store.Importer().IngestOneAsync(new ArticleSource(NewsArticles.S400Deal, ArticleFormat.Markdown, null, metadata));

        Assert.Equal(IngestAction.Ingested, outcome.Action);
        Assert.Equal(["Press Information Bureau|https://pib.gov.in/release/1"],
            await store.ColumnAsync("""SELECT "Outlet" || '|' || "Url" FROM "Articles" WHERE "SourceName" IS NULL"""));
    }
}
