using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Data.Tests.Store;

/// <summary>What consolidation writes: one row per meeting and per agreement, kept (Id and slug) as later articles refine it.</summary>
public sealed class ConsolidationPersistenceTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Summit_and_agreement_slugs_and_ids_stay_when_later_articles_refine_them(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "a.txt", NewsArticles.MoscowVisitRecalled);
        NewsArticles.Write(folder, "c.txt", NewsArticles.UndatedTalks);
        NewsArticles.Write(folder, "s.txt", NewsArticles.S400Deal);
        await store.Importer().IngestFolderAsync(folder);
        var before = await RowsAsync(store);

        // The undated talks stay an unresolved mention: no summit of their own.
        Assert.Equal(["moscow-2024-07", "new-delhi-2018-10-05"], Slugs(before.Summits));
        Assert.Equal(["relos", "s-400-triumf-air-defence-systems-contract"], Slugs(before.Agreements));

        // The day and number of the Moscow meeting, RELOS in full and ratified, another meeting, and a rewrite of
        // one article that keeps its meeting and its deal.
        NewsArticles.Write(folder, "b.txt", NewsArticles.NovoOgaryovoDinner);
        NewsArticles.Write(folder, "r.txt", NewsArticles.RelosRatified);
        NewsArticles.Write(folder, "k.txt", NewsArticles.KazanBrics);
        NewsArticles.Write(folder, "s.txt", NewsArticles.S400Deal + "\nDeliveries of the first squadron are due in 2020, officials said.\n");
        var report = await store.Importer().IngestFolderAsync(folder);
        var after = await RowsAsync(store);

        Assert.Equal((3, 1, 2), (report.Ingested, report.Updated, report.Unchanged));
        Assert.Subset(after.Summits.ToHashSet(), before.Summits.ToHashSet());
        Assert.Subset(after.Agreements.ToHashSet(), before.Agreements.ToHashSet());
        Assert.Equal(["kazan-2024-10-22", "moscow-2024-07", "new-delhi-2018-10-05"], Slugs(after.Summits));
        Assert.Equal(["moscow-2024-07|annual-summit|2024-07-08|22|a.txt,b.txt"], await store.ColumnAsync("""
            SELECT s."Slug" || '|' || s."Kind" || '|' || s."Start" || '|' || s."Ordinal" || '|' || string_agg(a."SourceName", ',' ORDER BY a."SourceName")
            FROM "Summits" s JOIN "SummitMentions" m ON m."SummitId" = s."Id" JOIN "Articles" a ON a."Id" = m."ArticleId"
            WHERE s."City" = 'Moscow' GROUP BY s."Id"
            """));
        Assert.Equal(["relos|Reciprocal Exchange of Logistics Support|ratified|a.txt,r.txt"], await store.ColumnAsync("""
            SELECT g."Slug" || '|' || g."Name" || '|' || g."Status" || '|' || string_agg(a."SourceName", ',' ORDER BY a."SourceName")
            FROM "Agreements" g JOIN "AgreementMentions" m ON m."AgreementId" = g."Id" JOIN "Articles" a ON a."Id" = m."ArticleId"
            WHERE g."Name" LIKE '%Logistic%' GROUP BY g."Id"
            """));
        await StoreAssert.NoOrphansAsync(store);

        // Made afresh, the same rows would be named by what is known now: the slugs above were kept, not recomputed.
        using var fresh = await TestStore.CreateAsync(provider);
        await fresh.Importer().IngestFolderAsync(folder);
        Assert.Contains("moscow-2024-07-08", await fresh.ColumnAsync("""SELECT "Slug" FROM "Summits" """));
        Assert.Contains("relos", await fresh.ColumnAsync("""SELECT "Slug" FROM "Agreements" """));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_continuing_summit_is_rewritten_in_place_when_its_sources_change(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = NewsArticles.Write(store.Temp.Folder("articles"), "a.txt", NewsArticles.MoscowVisitRecalled);
        await store.Importer().IngestFolderAsync(folder);
        var before = await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" || ':' || "Fingerprint" FROM "Summits" """);
        Assert.Equal(["state-visit||0"], await store.ColumnAsync("""SELECT "Kind" || '|' || COALESCE(CAST("Ordinal" AS TEXT), '') || '|' || (SELECT COUNT(*) FROM "SummitThemes") FROM "Summits" """));

        NewsArticles.Write(folder, "a.txt", NewsArticles.MoscowVisitRecalled + "\nThe visit was for the 22nd India-Russia annual summit, where oil, gas and trade topped the agenda.\n");
        await store.Importer().IngestFolderAsync(folder);
        var after = await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" || ':' || "Fingerprint" FROM "Summits" """);

        Assert.Equal(before.Single().Split(':')[..2], after.Single().Split(':')[..2]);
        Assert.NotEqual(before.Single(), after.Single());
        Assert.Equal(["annual-summit|22"], await store.ColumnAsync("""SELECT "Kind" || '|' || "Ordinal" FROM "Summits" """));
        Assert.Equal(["energy", "trade"], await store.ColumnAsync("""SELECT "ThemeSlug" FROM "SummitThemes" ORDER BY 1"""));
        await StoreAssert.NoOrphansAsync(store);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Every_mention_points_at_its_consolidated_row_and_themes_are_rows(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "a.txt", NewsArticles.MoscowSummit);
        NewsArticles.Write(folder, "b.txt", NewsArticles.NovoOgaryovoDinner);
        NewsArticles.Write(folder, "c.txt", NewsArticles.MoscowVisitRecalled);
        NewsArticles.Write(folder, "d.txt", NewsArticles.S400Deal);
        NewsArticles.Write(folder, "e.txt", NewsArticles.RelosRatified);
        await store.Importer().IngestFolderAsync(folder);

        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NULL"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "AgreementMentions" WHERE "AgreementId" IS NULL"""));
        // Three articles tell of one Moscow meeting; the S-400 deal was signed at the New Delhi summit of 2018.
        Assert.Equal(["2018|new-delhi-2018-10-05|1", "2024|moscow-2024-07-08|3"], await store.ColumnAsync("""
            SELECT s."Year" || '|' || s."Slug" || '|' || COUNT(m."Id") FROM "Summits" s JOIN "SummitMentions" m ON m."SummitId" = s."Id"
            GROUP BY s."Id" ORDER BY s."StartsOn"
            """));
        Assert.Equal(["relos|ratified|", "s-400-triumf-air-defence-systems-contract|signed|new-delhi-2018-10-05"], await store.ColumnAsync("""
            SELECT g."Slug" || '|' || g."Status" || '|' || COALESCE(s."Slug", '') FROM "Agreements" g LEFT JOIN "Summits" s ON s."Id" = g."SummitId" ORDER BY g."Slug"
            """));
        Assert.Equal(["annual-summit"], await store.ColumnAsync("""SELECT DISTINCT "Kind" FROM "Summits" """));
        Assert.Equal(["defence", "ukraine-war"], await store.ColumnAsync("""SELECT DISTINCT "ThemeSlug" FROM "SummitThemes" ORDER BY 1"""));
        Assert.Equal(["defence"], await store.ColumnAsync("""SELECT DISTINCT "ThemeSlug" FROM "AgreementThemes" ORDER BY 1"""));
        await StoreAssert.NoOrphansAsync(store);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task As_of_refinements_are_applied_without_touching_the_articles_own_date(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "m.txt", NewsArticles.MoscowSummit);
        NewsArticles.Write(folder, "u.txt", NewsArticles.NovoOgaryovoUndated);
        await store.Importer().IngestFolderAsync(folder);
        var before = await store.DumpAsync();
        var again = await store.Importer().IngestFolderAsync(folder);

        // The undated article knows only that it was written after 2022; the meeting it reports dates it to July 2024.
        Assert.Equal(
            ["m.txt|2024-07-10|published date|2024-07-10|published date|0",
             "u.txt|2024-07|reports the Moscow meeting of 2024-07 as news|2022|latest explicit date in text|1"],
            await store.ColumnAsync("""
                SELECT "SourceName" || '|' || "AsOf" || '|' || "AsOfBasis" || '|' || COALESCE("OwnAsOf", '(null)') || '|' || "OwnAsOfBasis" || '|' || CASE WHEN "OwnAsOfIsLowerBound" THEN 1 ELSE 0 END
                FROM "Articles" ORDER BY "SourceName"
                """));
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(before, await store.DumpAsync());
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task A_brief_is_stored_and_consolidated_in_one_step(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var importer = store.Importer();
        var brief = new ArticleSource(NewsArticles.EditorsBrief, ArticleFormat.Markdown,
            Metadata: new FrontMatter(new Dictionary<string, string> { ["title"] = "Editors' brief: Putin in New Delhi", ["published"] = "2025-11-25" }));

        var first = await importer.IngestOneAsync(brief);
        var again = await importer.IngestOneAsync(brief);
        var empty = await importer.IngestOneAsync(new ArticleSource("  ", ArticleFormat.Markdown));

        Assert.Equal((IngestAction.Ingested, "editors-brief-putin-new-delhi"), (first.Action, first.Slug));
        Assert.Equal((IngestAction.Skipped, "duplicate of editors-brief-putin-new-delhi"), (again.Action, again.Reason));
        Assert.Equal((IngestAction.Skipped, "empty"), (empty.Action, empty.Reason));
        Assert.Equal(["(null)"], await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" """));
        Assert.Equal(["new-delhi-2025-12-04|planned"], await store.ColumnAsync("""SELECT "Slug" || '|' || "Status" FROM "Summits" """));

        // A report of the visit once it happened joins the brief's summit, which keeps its slug and is now held.
        await importer.IngestFolderAsync(NewsArticles.Write(store.Temp.Folder("articles"), "visit.txt", NewsArticles.PutinInNewDelhi));
        Assert.Equal(["new-delhi-2025-12-04|held|2"], await store.ColumnAsync("""
            SELECT s."Slug" || '|' || s."Status" || '|' || COUNT(*) FROM "Summits" s JOIN "SummitMentions" m ON m."SummitId" = s."Id" GROUP BY s."Id"
            """));
        await StoreAssert.NoOrphansAsync(store);
    }

    private static async Task<(List<string> Summits, List<string> Agreements)> RowsAsync(TestStore store) => (
        await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" FROM "Summits" """),
        await store.ColumnAsync("""SELECT "Id" || ':' || "Slug" FROM "Agreements" """));

    private static IEnumerable<string> Slugs(IEnumerable<string> rows) => rows.Select(row => row.Split(':')[1]).Order(StringComparer.Ordinal);
}
