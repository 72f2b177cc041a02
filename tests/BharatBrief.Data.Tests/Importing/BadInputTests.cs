using System.Text;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Tests.Importing;

/// <summary>Files that are not articles are skipped with a reason (or read with a warning), and the run goes on.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Bad_files_are_skipped_with_reasons_and_the_seeds_are_ingested()
    {
        using var store = await TestStore.CreateAsync();
        var folder = SeedFiles.CopyTo(store.Temp.Folder("articles"));
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllText(Path.Combine(folder, "blank.md"), " \n\t\r\n   \n");
        File.WriteAllBytes(Path.Combine(folder, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        using (var huge = File.Create(Path.Combine(folder, "huge.txt")))
        {
            huge.SetLength(20L * 1024 * 1024);
        }
        File.WriteAllText(Path.Combine(folder, "unrelated.txt"),
            "Brazil and France sign a cooking pact\n\nChefs from Rio and Lyon met on Tuesday to share recipes. The pact covers cheese and coffee.\n");
        File.WriteAllBytes(Path.Combine(folder, "latin.txt"), Windows1252(
            "India and Russia sign fertiliser deal\n\nPrime Minister Modi\u2019s government and Moscow agreed on a fertiliser deal \u2013 a first for the caf\u00e9 economy, officials said.\n"));
        File.WriteAllText(Path.Combine(folder, "notes.csv"), "not,an,article");

        var report = await store.Importer().IngestFolderAsync(folder);

        var reasons = report.Skipped.ToDictionary(skip => skip.File, skip => skip.Reason);
        Assert.Equal(SeedFiles.Names.Count + 6, report.Read);
        Assert.Equal("empty", reasons["empty.txt"]);
        Assert.Equal("empty", reasons["blank.md"]);
        Assert.Equal("binary", reasons["image.txt"]);
        Assert.Equal("too large (20.0 MB > 2 MB limit)", reasons["huge.txt"]);
        Assert.Equal("nothing about India and Russia", reasons["unrelated.txt"]);
        Assert.Equal(5, report.Skipped.Count);
        Assert.Equal(SeedFiles.Names.Count + 1, report.Ingested);
        Assert.Contains(new FileWarning("latin.txt", "not valid UTF-8; read as Windows-1252"), report.Warnings);
        Assert.Equal(1, await store.ScalarAsync("""SELECT COUNT(*) FROM "Articles" WHERE "SourceName" = 'latin.txt' AND instr("Body", 'Modi’s') > 0 AND instr("Body", 'café') > 0"""));
        foreach (var file in reasons.Keys)
        {
            Assert.Contains(store.Log.Events, e => e.Level == LogLevel.Warning && e.Message.Contains(file, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_size_limit_is_configurable_and_unparseable_articles_are_skipped_alone()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", ScriptedFolder.Article("India and Russia, a long story"));
        ScriptedFolder.Write(folder, "b.txt", "India and Russia: the parser fails on this one");
        ScriptedFolder.Write(folder, "c.txt", "India and Russia, short", "India and Russia met.");
        var options = new ImportOptions
        {
            MaxFileBytes = 200,
            Parse = source => source.Text.Contains("fails", StringComparison.Ordinal) ? throw new InvalidOperationException("cannot read this") : ScriptedParser.Parse(source),
        };

        var report = await store.Importer(options).IngestFolderAsync(folder);

        Assert.Matches(@"^too large \(0\.\d KB > 0\.2 KB limit\)$", report.Skipped.Single(s => s.File == "a.txt").Reason);
        Assert.Equal("could not be parsed (InvalidOperationException: cannot read this)", report.Skipped.Single(s => s.File == "b.txt").Reason);
        Assert.Equal(1, report.Ingested);
    }

    [Fact]
    public async Task The_same_text_under_another_name_is_a_duplicate()
    {
        using var store = await TestStore.CreateAsync();
        var folder = store.Temp.Folder("articles");
        ScriptedFolder.Write(folder, "a.txt", ScriptedFolder.Article("India and Russia"));
        ScriptedFolder.Write(folder, "b.txt", ScriptedFolder.Article("India and Russia"));

        var report = await store.Importer(ScriptedImport.Options()).IngestFolderAsync(folder);

        Assert.Equal("duplicate of india-russia", report.Skipped.Single().Reason);
        Assert.Equal("b.txt", report.Skipped.Single().File);
    }

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }
}
