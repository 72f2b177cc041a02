using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion;

/// <summary>Composes the extractors once; <see cref="Build"/> freezes them into a pipeline shared by every article and thread.</summary>
public sealed class ArticlePipelineBuilder
{
    private readonly List<IArticleExtractor> _extractors = [];
    private Gazetteer? _gazetteer;

    public ArticlePipelineBuilder UseGazetteer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        return this;
    }

    public ArticlePipelineBuilder Add(IArticleExtractor extractor)
    {
        _extractors.Add(extractor);
        return this;
    }

    /// <summary>The extractors BharatBrief runs, in the order their inputs require.</summary>
    public ArticlePipelineBuilder UseDefaults()
    {
        return this;
    }

    public ArticlePipeline Build() => new(_gazetteer ?? Gazetteer.Default, [.. _extractors]);
}
