using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Merging;

namespace BharatBrief.Benchmarks;

/// <summary>
/// <see cref="Consolidator.Consolidate(IReadOnlyList{ArticleFacts})"/> on the facts of the first 10,000 generated
/// articles: one summit per meeting out of every article's mentions, agreements, conflicts and ordinals. The
/// smaller counts show how the cost grows with the corpus.
/// </summary>
[SingleShotInProcess]
public class ConsolidationBenchmarks
{
    private ArticleFacts[] _facts = [];

    [Params(2_500, 5_000, 10_000)]
    public int ArticleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sources = Articles.Generated(ArticleCount);
        var facts = new ConcurrentBag<ArticleFacts>();
        // Parsing 10,000 articles is setup, not the measurement: use every core for it.
        Parallel.For(0, sources.Length, i =>
        {
            var parsed = ArticlePipeline.Default.Parse(sources[i]);
            facts.Add(new ArticleFacts(i + 1, parsed.AsOf, parsed.Summits, parsed.Agreements));
        });
        _facts = [.. facts.OrderBy(fact => fact.ArticleId)];
        Console.WriteLine($"// consolidation input: {_facts.Length} articles, {_facts.Sum(f => f.Summits.Count)} summit mentions, {_facts.Sum(f => f.Agreements.Count)} agreement mentions");
    }

    [Benchmark(Description = "Consolidate")]
    public int Consolidate()
    {
        var consolidation = Consolidator.Consolidate(_facts);
        return consolidation.Summits.Count + consolidation.Agreements.Count;
    }
}
