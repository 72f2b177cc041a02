using BharatBrief.Data.Importing.Writing;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Store;

public sealed class BulkInserterTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Prepared_rows_and_inserts_write_exactly_the_rows_SaveChanges_writes(StoreProvider provider)
    {
        // Between them: a dateline, a published date, a lower-bound as-of, curly quotes and dashes, every kind of fact.
        ParsedArticle[] parsed = [.. new[] { NewsArticles.S400Deal, NewsArticles.LastSummitIn2021, NewsArticles.SochiInformalSummit, NewsArticles.NovoOgaryovoUndated }
            .Select((text, i) => ArticlePipeline.Default.Parse(ArticleSource.FromFile($"{(char)('a' + i)}.txt", text)))];
        Assert.All(parsed, article => Assert.NotEmpty(article.Entities));
        Assert.Contains(parsed, article => article.Agreements.Count > 0);
        Assert.Contains(parsed, article => article.AsOf.IsLowerBound);
        var now = new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
        using var viaEf = await TestStore.CreateAsync(provider);
        using var viaInserts = await TestStore.CreateAsync(provider);

        await using (var db = await viaEf.Contexts.CreateDbContextAsync())
        {
            foreach (var article in parsed)
            {
                var row = ArticleMapper.ToArticle(article, article.Slug, null, "v1", now);
                row.Themes = ArticleMapper.Themes(article);
                row.SummitMentions = MentionMapper.Summits(article);
                row.AgreementMentions = MentionMapper.Agreements(article);
                row.Figures = MentionMapper.Figures(article);
                db.Articles.Add(row);
                await db.SaveChangesAsync();
            }
        }
        await using (var db = await viaInserts.Contexts.CreateDbContextAsync())
        {
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // As the importer writes: rows made apart from the writer (on parse threads), then placed and inserted.
            var shapes = new ArticleRowShapes(db.Model);
            using var inserters = new FactInserters(db, shapes);
            foreach (var article in parsed)
            {
                var rows = ArticleRows.Of(shapes, article, null, "v1", now);
                rows.Place(article.Slug, briefId: null);
                rows.BelongTo((int)inserters.Articles.Insert(rows.ArticleValues));
                inserters.InsertFacts(rows);
            }
            await transaction.CommitAsync();
        }

        Assert.Equal(await viaEf.DumpAsync(), await viaInserts.DumpAsync());
        await using var reader = await viaInserts.Contexts.CreateDbContextAsync();
        var figure = await reader.Figures.SingleAsync(f => f.Unit == "barrels");
        Assert.Equal(1_750_000m, figure.Amount);
        var stored = await reader.Articles.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(parsed.Length, stored.Count);
        foreach (var (article, row) in parsed.Zip(stored))
        {
            var expected = ArticleMapper.ToArticle(article, article.Slug, null, "v1", now);
            Assert.Equal(now, row.IngestedAt);
            Assert.Equal(expected.Body, row.Body);
            Assert.Equal(expected.Outline.Blocks, row.Outline.Blocks);
            Assert.Equal(expected.Outline.Sentences, row.Outline.Sentences);
            Assert.Equal(expected.Entities, row.Entities);
        }
        // Outline items are stored as positional arrays: [kind, start, length, section] and [block, start, length].
        Assert.StartsWith("""{"blocks":[["title",0,""", (await viaInserts.ColumnAsync("""SELECT "Outline" FROM "Articles" ORDER BY "Id" """))[0], StringComparison.Ordinal);
    }
}
