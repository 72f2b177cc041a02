using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Importing;

/// <summary>
/// Consolidation reads mentions back without the words of agreements' status claims, reads those back for one
/// agreement at a time in batches of mention rows, and saves rows in batches: none of that may change, drop or
/// repeat anything it stores.
/// </summary>
public sealed class BatchedConsolidationTests
{
    private static string CasesFolder => Path.Combine(AppContext.BaseDirectory, "Cases");

    [Fact]
    public async Task Batches_of_one_store_the_same_summits_agreements_and_links_as_one_batch()
    {
        using var whole = await TestStore.CreateAsync();
        using var batched = await TestStore.CreateAsync();

        await whole.Importer(new ImportOptions { ConsolidationBatchSize = 100_000 }).IngestFolderAsync(Articles(whole));
        await batched.Importer(new ImportOptions { ConsolidationBatchSize = 1 }).IngestFolderAsync(Articles(batched));

        Assert.True(await whole.ScalarAsync("""SELECT COUNT(*) FROM "Agreements" WHERE json_array_length("History") > 1""") > 0);
        Assert.Equal(await ConsolidatedRowsAsync(whole), await ConsolidatedRowsAsync(batched));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public async Task Every_agreement_keeps_each_status_claim_of_its_mentions_once_with_its_words(int batchSize)
    {
        using var store = await TestStore.CreateAsync();
        await store.Importer(new ImportOptions { ConsolidationBatchSize = batchSize }).IngestFolderAsync(Articles(store));

        var claims = await store.ColumnAsync("""
            SELECT a."Id" || ' ' || m."ArticleId" || ' ' || m."Index" || ' ' || (c.value ->> '$.status') || ' ' || (c.value ->> '$.evidence.sentence')
                || ' ' || (c.value ->> '$.evidence.start') || ' ' || (c.value ->> '$.evidence.length') || ' ' || (c.value ->> '$.evidence.quote')
            FROM "Agreements" a JOIN "AgreementMentions" m ON m."AgreementId" = a."Id", json_each(m."Statuses") c
            ORDER BY 1
            """);
        var history = await store.ColumnAsync("""
            SELECT a."Id" || ' ' || (h.value ->> '$.articleId') || ' ' || (h.value ->> '$.mention') || ' ' || (h.value ->> '$.status') || ' ' || (h.value ->> '$.evidence.sentence')
                || ' ' || (h.value ->> '$.evidence.start') || ' ' || (h.value ->> '$.evidence.length') || ' ' || (h.value ->> '$.evidence.quote')
            FROM "Agreements" a, json_each(a."History") h
            ORDER BY 1
            """);

        Assert.True(claims.Count > 20, $"only {claims.Count} claims");
        Assert.Equal(claims, history);
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Agreements" a, json_each(a."History") h WHERE length(h.value ->> '$.evidence.quote') = 0"""));
    }

    [Fact]
    public async Task An_incremental_ingest_in_small_batches_ends_where_one_ingest_of_everything_ends()
    {
        using var incremental = await TestStore.CreateAsync();
        using var once = await TestStore.CreateAsync();
        var all = Articles(incremental);
        var firstHalf = incremental.Temp.Folder("first-half");
        var names = Directory.GetFiles(all).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        foreach (var name in names.Take(names.Count / 2))
        {
            File.Copy(Path.Combine(all, name!), Path.Combine(firstHalf, name!));
        }
        var smallBatches = new ImportOptions { ConsolidationBatchSize = 2 };

        await incremental.Importer(smallBatches).IngestFolderAsync(firstHalf);
        var afterHalf = await ContentAsync(incremental);
        var report = await incremental.Importer(smallBatches).IngestFolderAsync(all);
        await once.Importer().IngestFolderAsync(Articles(once));

        Assert.Equal(names.Count - names.Count / 2, report.Ingested);
        Assert.NotEqual(afterHalf, await ContentAsync(incremental));
        Assert.Equal(await ContentAsync(once), await ContentAsync(incremental));
    }

    /// <summary>The seeds and the extraction cases in one folder.</summary>
    private static string Articles(TestStore store)
    {
        var folder = SeedFiles.CopyTo(store.Temp.Folder("articles"));
        foreach (var file in Directory.GetFiles(CasesFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
        return folder;
    }

    /// <summary>Every row consolidation writes, Ids included.</summary>
    private static async Task<string> ConsolidatedRowsAsync(TestStore store)
    {
        string[] queries =
        [
            """SELECT json_array("Id", "Slug", "Fingerprint", "Title", "Start", "City", "Conflicts", "Confidence") FROM "Summits" ORDER BY "Id" """,
            """SELECT json_array("Id", "Slug", "Fingerprint", "Name", "SummitId", "History", "Confidence") FROM "Agreements" ORDER BY "Id" """,
            """SELECT "SummitId" || ' ' || "ThemeSlug" FROM "SummitThemes" ORDER BY 1""",
            """SELECT "AgreementId" || ' ' || "ThemeSlug" FROM "AgreementThemes" ORDER BY 1""",
            """SELECT "Id" || ' ' || ifnull("SummitId", '') FROM "SummitMentions" ORDER BY "Id" """,
            """SELECT "Id" || ' ' || ifnull("AgreementId", '') FROM "AgreementMentions" ORDER BY "Id" """,
            """SELECT "Id" || ' ' || ifnull("AsOf", '') || ' ' || "AsOfBasis" FROM "Articles" ORDER BY "Id" """,
        ];
        return await RunAsync(store, queries);
    }

    /// <summary>What consolidation stored, with rows named by their content rather than their Ids and slugs (which depend on the order rows were made in).</summary>
    private static async Task<string> ContentAsync(TestStore store)
    {
        string[] queries =
        [
            """SELECT "Fingerprint" FROM "Summits" ORDER BY 1""",
            """
            SELECT "Name" || ' ' || "Aliases" || ' ' || "Kind" || ' ' || "Status" || ' ' || ifnull("Date", '') || ' ' || "History" || ' ' || "Confidence"
                || ' ' || "ConfidenceNotes" || ' ' || ifnull((SELECT s."Fingerprint" FROM "Summits" s WHERE s."Id" = a."SummitId"), '')
            FROM "Agreements" a ORDER BY 1
            """,
            """
            SELECT m."ArticleId" || ' ' || m."Index" || ' ' || ifnull(s."Fingerprint", '')
            FROM "SummitMentions" m LEFT JOIN "Summits" s ON s."Id" = m."SummitId" ORDER BY m."ArticleId", m."Index"
            """,
            """
            SELECT m."ArticleId" || ' ' || m."Index" || ' ' || ifnull(a."Name", '')
            FROM "AgreementMentions" m LEFT JOIN "Agreements" a ON a."Id" = m."AgreementId" ORDER BY m."ArticleId", m."Index"
            """,
            """SELECT "Id" || ' ' || ifnull("AsOf", '') || ' ' || "AsOfBasis" FROM "Articles" ORDER BY "Id" """,
            """SELECT s."Fingerprint" || ' ' || t."ThemeSlug" FROM "SummitThemes" t JOIN "Summits" s ON s."Id" = t."SummitId" ORDER BY 1""",
            """SELECT a."Name" || ' ' || t."ThemeSlug" FROM "AgreementThemes" t JOIN "Agreements" a ON a."Id" = t."AgreementId" ORDER BY 1""",
        ];
        return await RunAsync(store, queries);
    }

    private static async Task<string> RunAsync(TestStore store, IEnumerable<string> queries)
    {
        var content = new System.Text.StringBuilder();
        foreach (var query in queries)
        {
            content.AppendJoin('\n', await store.ColumnAsync(query)).Append("\n--\n");
        }
        return content.ToString();
    }
}
