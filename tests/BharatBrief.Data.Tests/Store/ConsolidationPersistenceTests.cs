using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Importing;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Data.Tests.Store;

public sealed class ConsolidationPersistenceTests
{
    [Fact]
    public async Task Summit_and_agreement_slugs_and_ids_stay_the_same_across_consolidations()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", ScriptedFolder.Article("India and Russia meet in Moscow"));
        ScriptedFolder.Write(folder, "b.txt", ScriptedFolder.Article("Putin comes to India", "New Delhi", "2025-12-04", "INSTC"));
        ScriptedFolder.Write(folder, "c.txt", "India and Russia: an old summit", "India and Russia met, once.", "@summit status=held");
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);
        var before = await RowsAsync(store);

        Assert.Equal(["moscow-2024-07", "new-delhi-2025-12-04", "summit-undated-1"], before.Summits.Select(row => row.Split(':')[1]).Order(StringComparer.Ordinal));
        Assert.Equal(["instc", "relos"], before.Agreements.Select(row => row.Split(':')[1]).Order(StringComparer.Ordinal));

        // Another article about another meeting, and a rewrite of one article that keeps its meeting.
        ScriptedFolder.Write(folder, "d.txt", ScriptedFolder.Article("India and Russia in Kazan", "Kazan", "2024-10", "RELOS"));
        ScriptedFolder.Write(folder, "a.txt", [.. ScriptedFolder.Article("India and Russia meet in Moscow, again"), "India and Russia said more."]);
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);
        var after = await RowsAsync(store);

        Assert.Subset(after.Summits.ToHashSet(), before.Summits.ToHashSet());
        Assert.Subset(after.Agreements.ToHashSet(), before.Agreements.ToHashSet());
        Assert.Contains(after.Summits, row => row.EndsWith(":kazan-2024-10", StringComparison.Ordinal));
        await ChangedArticleTests.AssertNoOrphansAsync(store);
    }

    [Fact]
    public async Task A_continuing_summit_is_rewritten_in_place_when_its_sources_change()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", ScriptedFolder.Article("India and Russia meet in Moscow"));
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);
        var before = await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" || ':' || "Fingerprint" FROM "Summits" """);

        ScriptedFolder.Write(folder, "a.txt", "India and Russia meet in Moscow", "India and Russia talk energy.",
            "@summit city=Moscow date=2024-07 status=held kind=annual-summit ordinal=22 themes=energy,trade");
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);
        var after = await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" || ':' || "Fingerprint" FROM "Summits" """);

        Assert.Equal(before[0].Split(':')[..2], after[0].Split(':')[..2]);
        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(["22"], await store.ColumnAsync("""SELECT "Ordinal" FROM "Summits" """));
        Assert.Equal(["energy", "trade"], await store.ColumnAsync("""SELECT "ThemeSlug" FROM "SummitThemes" ORDER BY 1"""));
        await ChangedArticleTests.AssertNoOrphansAsync(store);
    }

    [Fact]
    public async Task Every_mention_points_at_its_consolidated_row_and_themes_are_rows()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", ScriptedFolder.Article("India and Russia meet"));
        ScriptedFolder.Write(folder, "b.txt", ScriptedFolder.Article("India and Russia sign", "Sochi", "2018-10"));
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);

        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NULL"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "AgreementMentions" WHERE "AgreementId" IS NULL"""));
        Assert.Equal(1, await store.ScalarAsync("""SELECT COUNT(*) FROM "Agreements" """));
        Assert.Equal(["defence"], await store.ColumnAsync("""SELECT DISTINCT "ThemeSlug" FROM "SummitThemes" """));
        Assert.Equal(["annual-summit"], await store.ColumnAsync("""SELECT DISTINCT "Kind" FROM "Summits" """));
        Assert.Equal(["2018", "2024"], await store.ColumnAsync("""SELECT "Year" FROM "Summits" ORDER BY "StartsOn" """));
        Assert.Equal(["signed"], await store.ColumnAsync("""SELECT "Status" FROM "Agreements" """));
    }

    [Fact]
    public async Task As_of_refinements_are_applied_without_touching_the_articles_own_date()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", ScriptedFolder.Article("India and Russia meet"));
        ScriptedFolder.Write(folder, "b.txt", [.. ScriptedFolder.Article("India and Russia sign", "Sochi", "2018-10"), "@asof 2019"]);
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);
        var before = await store.DumpAsync();
        await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);

        Assert.Equal(
            ["a.txt|2024-07|date of the meeting it reports|(null)|no date in text", "b.txt|2019|stated in the test article|2019|stated in the test article"],
            await store.ColumnAsync("""SELECT "SourceName" || '|' || "AsOf" || '|' || "AsOfBasis" || '|' || COALESCE("OwnAsOf", '(null)') || '|' || "OwnAsOfBasis" FROM "Articles" ORDER BY "SourceName" """));
        Assert.Equal(before, await store.DumpAsync());
    }

    [Fact]
    public async Task A_brief_is_stored_and_consolidated_in_one_step()
    {
        using var store = await TestStore.CreateAsync();
        var importer = store.Importer(ScriptedImport.Options());
        var brief = new ArticleSource(string.Join('\n', ScriptedFolder.Article("Editors: India and Russia in Delhi", "New Delhi", "2025-12")), ArticleFormat.PlainText,
            Metadata: new FrontMatter(new Dictionary<string, string> { ["title"] = "Editors' brief" }));

        var first = await importer.IngestOneAsync(brief);
        var again = await importer.IngestOneAsync(brief);
        var empty = await importer.IngestOneAsync(new ArticleSource("  ", ArticleFormat.Markdown));

        Assert.Equal((IngestAction.Ingested, "editors-india-russia-delhi"), (first.Action, first.Slug));
        Assert.Equal((IngestAction.Skipped, "duplicate of editors-india-russia-delhi"), (again.Action, again.Reason));
        Assert.Equal((IngestAction.Skipped, "empty"), (empty.Action, empty.Reason));
        Assert.Equal(["(null)"], await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" """));
        Assert.Equal(["new-delhi-2025-12"], await store.ColumnAsync("""SELECT "Slug" FROM "Summits" """));
    }

    private static async Task<(List<string> Summits, List<string> Agreements)> RowsAsync(TestStore store) => (
        await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" FROM "Summits" """),
        await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" FROM "Agreements" """));
}
