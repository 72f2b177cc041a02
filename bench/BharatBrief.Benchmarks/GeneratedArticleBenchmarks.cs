using BenchmarkDotNet.Attributes;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Benchmarks;

/// <summary>The pipeline on one typical ~5 KB generated article of each layout, one thread.</summary>
[QuickInProcess]
public class GeneratedArticleBenchmarks
{
    private static readonly Lazy<IReadOnlyDictionary<string, ArticleSource>> Samples = new(Articles.TypicalByLayout);
    private ArticleSource _source = null!;

    [ParamsSource(nameof(Layouts))]
    public string Layout { get; set; } = "";

    public static IEnumerable<string> Layouts => Samples.Value.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _source = Samples.Value[Layout];
        ArticlePipeline.Default.Parse(_source);
    }

    [Benchmark(Description = "Parse ~5 KB article")]
    public ParsedArticle Parse() => ArticlePipeline.Default.Parse(_source);
}
