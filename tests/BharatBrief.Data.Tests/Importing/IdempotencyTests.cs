using BharatBrief.Data.Tests.Support;

namespace BharatBrief.Data.Tests.Importing;

public sealed class IdempotencyTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Ingesting_the_seeds_twice_changes_nothing(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = SeedFiles.CopyTo(store.Temp.Folder("articles"));
        var importer = store.Importer();

        var first = await importer.IngestFolderAsync(folder);
        var afterFirst = await store.DumpAsync();
        var second = await importer.IngestFolderAsync(folder);

        Assert.Equal(SeedFiles.Names.Count, first.Read);
        Assert.Equal(SeedFiles.Names.Count, first.Ingested);
        Assert.Empty(first.Skipped);
        Assert.Equal((0, 0, SeedFiles.Names.Count), (second.Ingested, second.Updated, second.Unchanged));
        Assert.Equal(
            (first.Summits, first.Agreements, first.ThemesUsed, first.Figures, first.Conflicts),
            (second.Summits, second.Agreements, second.ThemesUsed, second.Figures, second.Conflicts));
        Assert.Equal(afterFirst, await store.DumpAsync());
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Every_seed_is_stored_with_its_file_name_body_outline_and_themes(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        await store.Importer().IngestFolderAsync(SeedFiles.CopyTo(store.Temp.Folder("articles")));

        Assert.Equal(SeedFiles.Names, await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" ORDER BY "SourceName" """));
        Assert.Equal(0, await store.ScalarAsync(provider == StoreProvider.PostgreSql
            ? """SELECT COUNT(*) FROM "Articles" WHERE length("Body") < 1000 OR json_array_length(CAST("Outline" AS json) -> 'sentences') < 5"""
            : """SELECT COUNT(*) FROM "Articles" WHERE length("Body") < 1000 OR json_array_length("Outline", '$.sentences') < 5"""));
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleThemes" t WHERE t."ArticleId" = a."Id")"""));
        // Every mention dated or numbered belongs to a summit; the rest wait, unresolved, for an article that places them.
        Assert.Equal(0, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" WHERE "SummitId" IS NULL AND ("DateStart" IS NOT NULL OR "Ordinal" IS NOT NULL)"""));
    }
}
