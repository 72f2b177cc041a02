using BharatBrief.Ingestion;

namespace BharatBrief.Data.Tests.Support;

/// <summary>Checks of a whole store, in SQL.</summary>
public static class StoreAssert
{
    private static readonly string[] FactTables = ["ArticleThemes", "SummitMentions", "AgreementMentions", "Figures"];

    /// <summary>
    /// Every stored article has exactly the rows the pipeline makes of its file in <paramref name="folder"/> (its themes,
    /// summit and agreement mentions, figures) and an entry in the search index; at least one fact of each kind is
    /// stored, so the comparison is never between empty sets.
    /// </summary>
    public static async Task ArticlesWholeAsync(TestStore store, string folder)
    {
        var articles = await store.ColumnAsync("""SELECT "Id" || '|' || "SourceName" FROM "Articles" ORDER BY "Id" """);
        Assert.NotEmpty(articles);
        foreach (var row in articles)
        {
            var (id, file) = (row.Split('|')[0], row.Split('|')[1]);
            var parsed = ArticlePipeline.Default.Parse(ArticleSource.FromFile(file, File.ReadAllText(Path.Combine(folder, file))));
            var expected = (file, (long)parsed.Themes.Count, (long)parsed.Summits.Count, (long)parsed.Agreements.Count, (long)parsed.Figures.Count);
            var stored = (file, await CountAsync(store, "ArticleThemes", id), await CountAsync(store, "SummitMentions", id),
                await CountAsync(store, "AgreementMentions", id), await CountAsync(store, "Figures", id));
            Assert.Equal(expected, stored);
            Assert.Equal(1, await store.ScalarAsync(store.Provider == StoreProvider.PostgreSql
                ? $"""SELECT COUNT(*) FROM "Articles" WHERE "Id" = {id} AND "SearchVector" <> ''::tsvector"""
                : $"""SELECT COUNT(*) FROM "ArticlesFts_docsize" WHERE "id" = {id}"""));
        }
        foreach (var table in FactTables)
        {
            Assert.True(await store.ScalarAsync($"""SELECT COUNT(*) FROM "{table}" """) > 0, $"{table} is empty");
        }
        await IndexInStepAsync(store);
    }

    /// <summary>
    /// No fact row outlives its article, no mention points at a summit or agreement that is gone, no summit or
    /// agreement is left without a mention, the foreign keys hold and the search index agrees with the articles.
    /// </summary>
    public static async Task NoOrphansAsync(TestStore store)
    {
        foreach (var table in FactTables)
        {
            Assert.Equal(0, await store.ScalarAsync($"""SELECT COUNT(*) FROM "{table}" WHERE "ArticleId" NOT IN (SELECT "Id" FROM "Articles")"""));
        }
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NOT NULL AND "SummitId" NOT IN (SELECT "Id" FROM "Summits")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "AgreementMentions" WHERE "AgreementId" IS NOT NULL AND "AgreementId" NOT IN (SELECT "Id" FROM "Agreements")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Summits" s WHERE NOT EXISTS (SELECT 1 FROM "SummitMentions" m WHERE m."SummitId" = s."Id")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Agreements" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementMentions" m WHERE m."AgreementId" = a."Id")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitThemes" WHERE "SummitId" NOT IN (SELECT "Id" FROM "Summits")"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "AgreementThemes" WHERE "AgreementId" NOT IN (SELECT "Id" FROM "Agreements")"""));
        if (store.Provider == StoreProvider.Sqlite)
        {
            // PostgreSQL checks foreign keys at every statement; SQLite is asked.
            Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM pragma_foreign_key_check"));
        }
        await IndexInStepAsync(store);
    }

    /// <summary>The index holds one entry per article and agrees with the Articles table (FTS5's own check).</summary>
    public static async Task IndexInStepAsync(TestStore store)
    {
        if (store.Provider == StoreProvider.PostgreSql)
        {
            // The search column is generated from the row: it agrees with the text by construction, never empty for a body.
            Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" WHERE "SearchVector" IS NULL OR ("SearchVector" = ''::tsvector AND "Body" <> '')"""));
            return;
        }
        Assert.Equal(await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" """), await store.ScalarAsync("""SELECT COUNT(*) FROM "ArticlesFts_docsize" """));
        await store.ScalarAsync("""INSERT INTO "ArticlesFts"("ArticlesFts", rank) VALUES ('integrity-check', 1)""");
        // The importer's deferral of indexing never outlives its transaction.
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "ArticlesFtsDeferred" """));
    }

    /// <summary>Articles whose indexed title, lede or body has <paramref name="word"/>.</summary>
    public static Task<long> MatchesAsync(TestStore store, string word) =>
        store.ScalarAsync(store.Provider == StoreProvider.PostgreSql
            ? $"""SELECT COUNT(*) FROM "Articles" WHERE "SearchVector" @@ plainto_tsquery('english', '{word}')"""
            : $"""SELECT COUNT(*) FROM "ArticlesFts" WHERE "ArticlesFts" MATCH '"{word}"'""");

    private static Task<long> CountAsync(TestStore store, string table, string articleId) =>
        store.ScalarAsync($"""SELECT COUNT(*) FROM "{table}" WHERE "ArticleId" = {articleId}""");
}
