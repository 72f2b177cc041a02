using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Importing;

/// <summary>A changed article keeps its Id and slug and has its facts replaced, leaving nothing of its earlier version.</summary>
public sealed class ChangedArticleTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_changed_article_replaces_its_facts_keeps_its_id_and_slug_and_leaves_no_orphans(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "a.txt", NewsArticles.S400Deal);
        NewsArticles.Write(folder, "b.txt", NewsArticles.PutinInNewDelhi);
        await store.Importer().IngestFolderAsync(folder);
        var (id, slug) = (await store.ScalarAsync("""SELECT "Id" FROM "Articles" WHERE "SourceName" = 'a.txt'"""),
            (await store.ColumnAsync("""SELECT "Slug" FROM "Articles" WHERE "SourceName" = 'a.txt'"""))[0]);
        Assert.Equal(["agreement-labour-mobility", "s-400-triumf-air-defence-systems-contract"], await store.ColumnAsync("""SELECT "Slug" FROM "Agreements" ORDER BY "Slug" """));
        Assert.Equal(["5.43 billion USD"], await store.ColumnAsync($"""SELECT "Value" FROM "Figures" WHERE "ArticleId" = {id}"""));

        // The S-400 story is replaced by the Sochi one: another meeting, no agreement, another figure and theme.
        NewsArticles.Write(folder, "a.txt", NewsArticles.SochiInformalSummit);
        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal((0, 1, 1), (report.Ingested, report.Updated, report.Unchanged));
        Assert.Equal(id, await store.ScalarAsync("""SELECT "Id" FROM "Articles" WHERE "SourceName" = 'a.txt'"""));
        Assert.Equal([$"{slug}|Modi and Putin meet informally in Sochi"],
            await store.ColumnAsync("""SELECT "Slug" || '|' || "Title" FROM "Articles" WHERE "SourceName" = 'a.txt'"""));
        Assert.Equal(["Sochi"], await store.ColumnAsync($"""SELECT "City" FROM "SummitMentions" WHERE "ArticleId" = {id}"""));
        Assert.Equal(0, await store.ScalarAsync($"""SELECT COUNT(*) FROM "AgreementMentions" WHERE "ArticleId" = {id}"""));
        Assert.Equal(["1.75 million barrels"], await store.ColumnAsync($"""SELECT "Value" FROM "Figures" WHERE "ArticleId" = {id}"""));
        Assert.Equal(["energy"], await store.ColumnAsync($"""SELECT "ThemeSlug" FROM "ArticleThemes" WHERE "ArticleId" = {id}"""));
        await StoreAssert.NoOrphansAsync(store);
        // What only the old text said is gone from the consolidated rows and the search index as well.
        Assert.Equal(["new-delhi-2025-12-04", "sochi-2018-05-21"], await store.ColumnAsync("""SELECT "Slug" FROM "Summits" ORDER BY "Slug" """));
        Assert.Equal(["agreement-labour-mobility"], await store.ColumnAsync("""SELECT "Slug" FROM "Agreements" """));
        Assert.Equal(0, await StoreAssert.MatchesAsync(store, "CAATSA"));
        Assert.Equal(1, await StoreAssert.MatchesAsync(store, "Sochi"));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_changed_sidecar_or_pipeline_version_counts_as_a_change(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.Write(store.Temp.Folder("articles"), "a.txt", NewsArticles.RelosRatified);
        await store.Importer().IngestFolderAsync(folder);

        File.WriteAllText(Path.Combine(folder, "a.txt.json"), """{"title": "Duma backs RELOS", "url": "https://example.org/relos", "tags": ["defence"]}""");
        var withSidecar = await store.Importer().IngestFolderAsync(folder);
        var newBuild = await store.Importer(new ImportOptions { PipelineVersion = "next" }).IngestFolderAsync(folder);
        var again = await store.Importer(new ImportOptions { PipelineVersion = "next" }).IngestFolderAsync(folder);

        Assert.Equal(1, withSidecar.Updated);
        Assert.Equal(1, newBuild.Updated);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(["Duma backs RELOS|https://example.org/relos|next"], await store.ColumnAsync("""SELECT "Title" || '|' || "Url" || '|' || "PipelineVersion" FROM "Articles" """));
        Assert.Equal(["relos"], await store.ColumnAsync("""SELECT "Slug" FROM "Agreements" """));
        await StoreAssert.NoOrphansAsync(store);
    }
}
