using System.Text.RegularExpressions;

namespace BharatBrief.Data.Tests.Support;

/// <summary>
/// A store of every article the tests know (the seeds, the news articles, ten annual summits), ingested once per test
/// class, with the words those articles use, from which tests build queries of every shape.
/// </summary>
public sealed partial class SearchCorpus : IAsyncLifetime
{
    private static readonly string[] Operators = ["", "", "AND", "OR", "NOT"];

    private TestStore? _store;

    public TestStore Store => _store ?? throw new InvalidOperationException("The corpus is not ingested yet.");

    /// <summary>Words of three letters or more, in the order the articles use them (so neighbours stand together).</summary>
    public IReadOnlyList<string> Words { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        var folder = SeedFiles.CopyTo(_store.Temp.Folder("articles"));
        var texts = typeof(NewsArticles).GetFields().Where(field => field.FieldType == typeof(string)).Select(field => (string)field.GetValue(null)!).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            NewsArticles.Write(folder, $"news-{i}.txt", texts[i]);
        }
        NewsArticles.WriteAnnualSummits(folder);
        await _store.Importer().IngestFolderAsync(folder);
        var all = string.Join('\n', Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Words = [.. WordPattern().Matches(all).Select(m => m.Value).Where(word => word.Length >= 3 && word is not ("AND" or "OR" or "NOT"))];
    }

    public Task DisposeAsync()
    {
        _store?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>One to four words, phrases of neighbouring words and prefixes, joined by nothing, AND, OR or NOT.</summary>
    public string RandomQuery(Random random)
    {
        var parts = new List<string>();
        var terms = random.Next(1, 5);
        for (var i = 0; i < terms; i++)
        {
            if (i > 0 && Operators[random.Next(Operators.Length)] is { Length: > 0 } op)
            {
                parts.Add(op);
            }
            var at = random.Next(Words.Count - 1);
            parts.Add(random.Next(6) switch
            {
                0 => $"\"{Words[at]} {Words[at + 1]}\"",
                1 => Words[at][..Math.Min(Words[at].Length, random.Next(2, 6))] + "*",
                _ => Words[at],
            });
        }
        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex WordPattern();
}
