using System.Text;
using BharatBrief.Corpus;
using BharatBrief.Ingestion;

namespace BharatBrief.Benchmarks;

/// <summary>The inputs of the benchmarks: the five seed articles and generated ones (seed 42, as the ingest script uses).</summary>
public static class Articles
{
    public const int CorpusSeed = 42;

    private static readonly Lazy<IReadOnlyDictionary<string, ArticleSource>> SeedSources = new(LoadSeeds);

    public static IReadOnlyDictionary<string, ArticleSource> Seeds => SeedSources.Value;

    /// <summary>The first <paramref name="count"/> articles of the corpus, as the pipeline receives them.</summary>
    public static ArticleSource[] Generated(int count) =>
        [.. new CorpusGenerator(CorpusSeed).Generate(count).Select(article => ArticleSource.FromFile(article.FileName, article.Text))];

    /// <summary>One article of each layout, each the first of its layout between 4.5 and 5.5 KB: typical ~5 KB inputs.</summary>
    public static IReadOnlyDictionary<string, ArticleSource> TypicalByLayout()
    {
        var samples = new SortedDictionary<string, ArticleSource>(StringComparer.Ordinal);
        foreach (var article in new CorpusGenerator(CorpusSeed).Generate(2000))
        {
            var bytes = Encoding.UTF8.GetByteCount(article.Text);
            var name = article.Layout.ToString();
            if (bytes is >= 4500 and <= 5500 && !samples.ContainsKey(name))
            {
                samples[name] = ArticleSource.FromFile(article.FileName, article.Text);
            }
        }
        return samples;
    }

    public static double MeanKilobytes(IEnumerable<ArticleSource> sources) => sources.Average(source => Encoding.UTF8.GetByteCount(source.Text)) / 1024.0;

    private static IReadOnlyDictionary<string, ArticleSource> LoadSeeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds");
        return Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path)[..3], path => ArticleSource.FromFile(Path.GetFileName(path), File.ReadAllText(path)));
    }
}
