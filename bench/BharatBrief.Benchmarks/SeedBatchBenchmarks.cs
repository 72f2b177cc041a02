using BenchmarkDotNet.Attributes;
using BharatBrief.Ingestion;

namespace BharatBrief.Benchmarks;

/// <summary>The five seeds one after another on one thread; Op/s is seed articles per second.</summary>
[QuickInProcess]
public class SeedBatchBenchmarks
{
    private const int SeedCount = 5;
    private ArticleSource[] _sources = [];

    [GlobalSetup]
    public void Setup()
    {
        _sources = [.. Articles.Seeds.Values];
        if (_sources.Length != SeedCount)
        {
            throw new InvalidOperationException($"Expected {SeedCount} seed articles, found {_sources.Length}.");
        }
        Console.WriteLine($"// seeds: mean {Articles.MeanKilobytes(_sources):F1} KB");
    }

    [Benchmark(Description = "Parse 5 seeds", OperationsPerInvoke = SeedCount)]
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
