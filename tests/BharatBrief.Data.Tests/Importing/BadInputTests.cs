using System.Text;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Tests.Importing;

/// <summary>Files that are not articles are skipped with a reason (or read with a warning), and the run goes on.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Bad_files_are_skipped_with_reasons_and_the_run_goes_on(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = SeedFiles.CopyTo(store.Temp.Folder("articles"));
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllText(Path.Combine(folder, "blank.md"), " \n\t\r\n   \n");
        File.WriteAllBytes(Path.Combine(folder, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        using (var huge = File.Create(Path.Combine(folder, "huge.txt")))
        {
            huge.SetLength(20L * 1024 * 1024);
        }
        NewsArticles.Write(folder, "unrelated.txt", NewsArticles.Unrelated);
        File.WriteAllBytes(Path.Combine(folder, "latin.txt"), Windows1252(NewsArticles.Fertiliser));
        File.WriteAllText(Path.Combine(folder, "notes.csv"), "not,an,article");
        // Named to come after every bad file: the run reaches it.
        NewsArticles.Write(folder, "zz-relos.txt", NewsArticles.RelosRatified);

        var report = await store.Importer().IngestFolderAsync(folder);

        var reasons = report.Skipped.ToDictionary(skip => skip.File, skip => skip.Reason);
        Assert.Equal(SeedFiles.Names.Count + 7, report.Read);
        Assert.Equal("empty", reasons["empty.txt"]);
        Assert.Equal("empty", reasons["blank.md"]);
        Assert.Equal("binary", reasons["image.txt"]);
        Assert.Equal("too large (20.0 MB > 2 MB limit)", reasons["huge.txt"]);
        Assert.Equal("nothing about India and Russia", reasons["unrelated.txt"]);
        Assert.Equal(5, report.Skipped.Count);
        Assert.Equal(SeedFiles.Names.Count + 2, report.Ingested);
        Assert.Contains(new FileWarning("latin.txt", "not valid UTF-8; read as Windows-1252"), report.Warnings);
        Assert.Equal(1, await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" WHERE "SourceName" = 'latin.txt' AND "Body" LIKE '%Modi’s%' AND "Body" LIKE '%café%' AND "Body" LIKE '%2024 – Prime%'"""));
        Assert.Equal(["Long-term fertiliser deal|signed"], await store.ColumnAsync("""
            SELECT m."Name" || '|' || m."Status" FROM "AgreementMentions" m JOIN "Articles" a ON a."Id" = m."ArticleId" WHERE a."SourceName" = 'latin.txt'
            """));
        Assert.Equal(["Reciprocal Exchange of Logistic Support|ratified"], await store.ColumnAsync("""
            SELECT m."Name" || '|' || m."Status" FROM "AgreementMentions" m JOIN "Articles" a ON a."Id" = m."ArticleId" WHERE a."SourceName" = 'zz-relos.txt'
            """));
        foreach (var file in reasons.Keys)
        {
            Assert.Contains(store.Log.Events, e => e.Level == LogLevel.Warning && e.Message.Contains(file, StringComparison.Ordinal));
        }
        await StoreAssert.NoOrphansAsync(store);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task The_size_limit_is_configurable(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "long.txt", NewsArticles.S400Deal);
        NewsArticles.Write(folder, "short.txt", NewsArticles.UndatedTalks);
        Assert.InRange(new FileInfo(Path.Combine(folder, "short.txt")).Length, 1, 299);
        Assert.InRange(new FileInfo(Path.Combine(folder, "long.txt")).Length, 301, 1023);

        var report = await store.Importer(new ImportOptions { MaxFileBytes = 300 }).IngestFolderAsync(folder);

        Assert.Matches(@"^too large \(0\.\d KB > 0\.29 KB limit\)$", report.Skipped.Single().Reason);
        Assert.Equal("long.txt", report.Skipped.Single().File);
        Assert.Equal(["short.txt"], await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" """));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgreSqlData]
    public async Task The_same_text_under_another_name_is_a_duplicate(StoreProvider provider)
    {
        using var store = await TestStore.CreateAsync(provider);
        var folder = store.Temp.Folder("articles");
        NewsArticles.Write(folder, "a.txt", NewsArticles.MoscowSummit);
        NewsArticles.Write(folder, "b.txt", NewsArticles.MoscowSummit);

        var report = await store.Importer().IngestFolderAsync(folder);

        Assert.Equal(("b.txt", "duplicate of modi-putin-meet-novo-ogaryovo"), (report.Skipped.Single().File, report.Skipped.Single().Reason));
        Assert.Equal(["a.txt"], await store.ColumnAsync("""SELECT "SourceName" FROM "Articles" """));
        Assert.Equal(1, await store.ScalarAsync("""SELECT COUNT(*) FROM "SummitMentions" """));
    }

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }
}
