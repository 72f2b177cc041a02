using BenchmarkDotNet.Attributes;
using BharatBrief.Ingestion;

namespace BharatBrief.Benchmarks;

/// <summary>Where extraction time goes: the first 200 generated articles through pipelines cut after each stage.</summary>
[QuickInProcess]
public class PipelineStageBenchmarks
{
    private const int BatchSize = 200;
    private ArticleSource[] _sources = [];
    private ArticlePipeline _pipeline = null!;

    [ParamsSource(nameof(Stages))]
    public string Stage { get; set; } = "";

    public static IEnumerable<string> Stages => PipelineStages.Names;

    [GlobalSetup]
    public void Setup()
    {
        _sources = Articles.Generated(BatchSize);
        _pipeline = PipelineStages.Through(Stage);
        _pipeline.Parse(_sources[0]);
    }

    [Benchmark(Description = "Parse 200 generated, cut after stage", OperationsPerInvoke = BatchSize)]
    public int ParseAll()
    {
        var blocks = 0;
        foreach (var source in _sources)
        {
            blocks += _pipeline.Parse(source).Document.Blocks.Count;
        }
        return blocks;
    }
}
