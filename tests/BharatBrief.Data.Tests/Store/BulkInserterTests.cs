using BharatBrief.Data.Importing.Writing;
using BharatBrief.Data.Tests.Support;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Store;

public sealed class BulkInserterTests
{
    [Fact]
    public async Task Prepared_inserts_write_exactly_the_rows_SaveChanges_writes()
    {
        var parsed = ScriptedParser.Parse(ArticleSource.FromFile("a.txt", string.Join('\n', [.. ScriptedFolder.Article("India and Russia – “quotes”", "New Delhi", "2025-12-04"),
            "@figure what=\"oil imports\" value=\"1.75 million barrels\" amount=1.75 unit=barrels", "@asof 2025-11"])))
            with { Entities = [new EntityMention(EntityKind.Place, "New Delhi", 1, new TextSpan(40, 9)), new EntityMention(EntityKind.Person, "Narendra Modi", 2, new TextSpan(60, 4))] };
        var now = new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
        using var viaEf = await TestStore.CreateAsync();
        using var viaInserts = await TestStore.CreateAsync();

        await using (var db = await viaEf.Contexts.CreateDbContextAsync())
        {
            var article = ArticleMapper.ToArticle(parsed, "a", null, "v1", now);
            article.Themes = ArticleMapper.Themes(parsed);
            article.SummitMentions = MentionMapper.Summits(parsed);
            article.AgreementMentions = MentionMapper.Agreements(parsed);
            article.Figures = MentionMapper.Figures(parsed);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        }
        await using (var db = await viaInserts.Contexts.CreateDbContextAsync())
        {
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            using var inserters = new FactInserters(db);
            var id = (int)inserters.Articles.Insert(ArticleMapper.ToArticle(parsed, "a", null, "v1", now));
            inserters.InsertFacts(id, ArticleMapper.Themes(parsed), MentionMapper.Summits(parsed), MentionMapper.Agreements(parsed), MentionMapper.Figures(parsed));
            await transaction.CommitAsync();
        }

        Assert.Equal(await viaEf.DumpAsync(), await viaInserts.DumpAsync());
        await using var reader = await viaInserts.Contexts.CreateDbContextAsync();
        var figure = await reader.Figures.SingleAsync(f => f.Unit == "barrels");
        Assert.Equal(1.75m, figure.Amount);
        var stored = await reader.Articles.SingleAsync();
        var expected = ArticleMapper.ToArticle(parsed, "a", null, "v1", now);
        Assert.Equal(now, stored.IngestedAt);
        Assert.Equal(expected.Outline.Blocks, stored.Outline.Blocks);
        Assert.Equal(expected.Outline.Sentences, stored.Outline.Sentences);
        Assert.Equal(expected.Entities, stored.Entities);
        // Outline items are stored as positional arrays: [kind, start, length, section] and [block, start, length].
        Assert.StartsWith("""{"blocks":[["title",0,""", (await viaInserts.ColumnAsync("""SELECT "Outline" FROM "Articles" """))[0], StringComparison.Ordinal);
    }
}
