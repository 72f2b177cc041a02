using System.Globalization;
using BharatBrief.Corpus.Layouts;
using BharatBrief.Corpus.World;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus;

/// <summary>
/// Generates the corpus: a world built from the seed (meetings, agreements), then each article from a random source
/// of its own derived from the seed and its index, so one seed always gives the same files and article
/// <c>n</c> does not depend on how many come before it.
/// </summary>
public sealed class CorpusGenerator
{
    private readonly int _seed;
    private readonly CorpusWorld _world;
    private readonly ArticlePlanner _planner;
    private readonly ContentWriter _writer;

    public CorpusGenerator(int seed)
    {
        _seed = seed;
        _world = CorpusWorld.Build(seed, Phrasebook.Default);
        _planner = new ArticlePlanner(_world);
        _writer = new ContentWriter(_world);
    }

    public CorpusWorld World => _world;

    public IEnumerable<GeneratedArticle> Generate(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return Article(index);
        }
    }

    public GeneratedArticle Article(int index)
    {
        var random = new Random(unchecked(_seed * 1_000_003 + index));
        var plan = _planner.Plan(index, random);
        var content = _writer.Compose(plan, random);
        var text = ArticleRenderer.Render(content, plan, _world, random);
        var extension = plan.Layout == Layout.MarkdownBrief ? "md" : "txt";
        var name = string.Create(CultureInfo.InvariantCulture, $"{index:D5}_{random.NextInt64():x16}.{extension}");
        return new GeneratedArticle(name, text, plan.Layout);
    }

    /// <summary>The articles of one seed, as the benchmarks use them.</summary>
    public static IReadOnlyList<GeneratedArticle> Generate(int count, int seed) => [.. new CorpusGenerator(seed).Generate(count)];
}
