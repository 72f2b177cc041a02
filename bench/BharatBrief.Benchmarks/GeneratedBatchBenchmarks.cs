using BenchmarkDotNet.Attributes;
using BharatBrief.Ingestion;

namespace BharatBrief.Benchmarks;

/// <summary>
/// The pipeline over the first 1,000 generated articles (all layouts, median about 5 KB) one after another on one
/// thread; Op/s is articles per second, the figure the ≥ 1,000 articles/s target is about.
/// </summary>
[QuickInProcess]
public class GeneratedBatchBenchmarks
{
    public const int BatchSize = 1000;
    private ArticleSource[] _sources = [];

    [GlobalSetup]
    public void Setup()
    {
        _sources = Articles.Generated(BatchSize);
        Console.WriteLine($"// generated batch: {_sources.Length} articles, mean {Articles.MeanKilobytes(_sources):F1} KB");
        ArticlePipeline.Default.Parse(_sources[0]);
    }

    [Benchmark(Description = "Parse 1,000 generated", OperationsPerInvoke = BatchSize)]
    public int ParseAll()
    {
        var summits = 0;
        foreach (var source in _sources)
        {
            summits += ArticlePipeline.Default.Parse(source).Summits.Count;
        }
        return summits;
    }
}
