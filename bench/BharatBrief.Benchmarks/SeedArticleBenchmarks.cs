using BenchmarkDotNet.Attributes;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Benchmarks;

/// <summary>The pipeline on each seed article alone, one thread.</summary>
[QuickInProcess]
public class SeedArticleBenchmarks
{
    private ArticleSource _source = null!;

    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> SeedNames => Articles.Seeds.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _source = Articles.Seeds[Seed];
        // Build the shared pipeline (gazetteers, lexicons) outside the measurement.
        ArticlePipeline.Default.Parse(_source);
    }

    [Benchmark(Description = "Parse seed")]
    public ParsedArticle Parse() => ArticlePipeline.Default.Parse(_source);
}
