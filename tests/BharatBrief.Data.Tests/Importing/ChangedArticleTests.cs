using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Search;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Importing;

public sealed class ChangedArticleTests
{
    private static readonly ImportOptions Scripted = ScriptedImport.Options();

    [Fact]
    public async Task A_changed_article_replaces_its_facts_keeps_its_id_and_slug_and_leaves_no_orphans()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", [.. ScriptedFolder.Article("India and Russia meet in Moscow"),
            "@summit city=Kazan date=2024-10 kind=multilateral forum=BRICS",
            "@agreement name=\"Rupee trade mechanism\" kind=mechanism status=agreed"]);
        ScriptedFolder.Write(folder, "b.txt", ScriptedFolder.Article("Putin visits India", "New Delhi", "2025-12-04", "INSTC"));
        await store.Importer(Scripted).IngestFolderAsync(folder);
        var (id, slug) = (await store.ScalarAsync("""SELECT "Id" FROM "Articles" WHERE "SourceName" = 'a.txt'"""),
            (await store.ColumnAsync("""SELECT "Slug" FROM "Articles" WHERE "SourceName" = 'a.txt'"""))[0]);

        ScriptedFolder.Write(folder, "a.txt", "India and Russia talk in Sochi", "India and Russia talked again, quietly.",
            "@summit city=Sochi date=2023-05 status=held", "@themes energy=1");
        var report = await store.Importer(Scripted).IngestFolderAsync(folder);

        Assert.Equal((0, 1, 1), (report.Ingested, report.Updated, report.Unchanged));
        Assert.Equal(id, await store.ScalarAsync("""SELECT "Id" FROM "Articles" WHERE "SourceName" = 'a.txt'"""));
        Assert.Equal([slug], await store.ColumnAsync("""SELECT "Slug" FROM "Articles" WHERE "SourceName" = 'a.txt'"""));
        Assert.Equal(["Sochi"], await store.ColumnAsync($"""SELECT "City" FROM "SummitMentions" WHERE "ArticleId" = {id}"""));
        Assert.Equal(0, await store.ScalarAsync($"""SELECT COUNT(*) FROM "AgreementMentions" WHERE "ArticleId" = {id}"""));
        Assert.Equal(0, await store.ScalarAsync($"""SELECT COUNT(*) FROM "Figures" WHERE "ArticleId" = {id}"""));
        Assert.Equal(["energy"], await store.ColumnAsync($"""SELECT "ThemeSlug" FROM "ArticleThemes" WHERE "ArticleId" = {id}"""));
        await AssertNoOrphansAsync(store);
        // What only the old text said is gone from the consolidated rows as well.
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Summits" WHERE "City" IN ('Moscow', 'Kazan')"""));
        Assert.Equal(["INSTC pact"], await store.ColumnAsync("""SELECT "Name" FROM "Agreements" """));
    }

    [Fact]
    public async Task A_changed_sidecar_or_pipeline_version_counts_as_a_change()
    {
        using var store = await TestStore.CreateAsync();
        var folder = ScriptedFolder.Write(store.Temp.Folder("articles"), "a.txt", ScriptedFolder.Article("India and Russia"));
        await store.Importer(Scripted).IngestFolderAsync(folder);

        File.WriteAllText(Path.Combine(folder, "a.txt.json"), """{"title": "Given title", "published": "2025-05-01", "url": "https://example.org/a", "tags": ["defence", "energy"]}""");
        var withSidecar = await store.Importer(Scripted).IngestFolderAsync(folder);
        var newBuild = await store.Importer(ScriptedImport.Options(pipelineVersion: "next")).IngestFolderAsync(folder);
        var again = await store.Importer(ScriptedImport.Options(pipelineVersion: "next")).IngestFolderAsync(folder);

        Assert.Equal(1, withSidecar.Updated);
        Assert.Equal(1, newBuild.Updated);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(["https://example.org/a"], await store.ColumnAsync("""SELECT "Url" FROM "Articles" """));
    }

    internal static async Task AssertNoOrphansAsync(TestStore store)
    {
        foreach (var table in new[] { "ArticleThemes", "SummitMentions", "AgreementMentions", "Figures" })
        {
            Assert.Equal(0, await store.ScalarAsync($"""SELECT COUNT(*) FROM "{table}" WHERE "ArticleId" NOT IN (SELECT "Id" FROM "Articles")"""));
        }
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NOT NULL AND "SummitId" NOT IN (SELECT "Id" FROM "Summits")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "AgreementMentions" WHERE "AgreementId" IS NOT NULL AND "AgreementId" NOT IN (SELECT "Id" FROM "Agreements")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Summits" s WHERE NOT EXISTS (SELECT 1 FROM "SummitMentions" m WHERE m."SummitId" = s."Id")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Agreements" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementMentions" m WHERE m."AgreementId" = a."Id")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitThemes" WHERE "SummitId" NOT IN (SELECT "Id" FROM "Summits")"""));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM pragma_foreign_key_check"));
        await SearchIndexTests.AssertIndexInStepAsync(store);
    }
}
