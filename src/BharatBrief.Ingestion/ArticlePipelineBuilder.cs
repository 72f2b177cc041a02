using BharatBrief.Ingestion.Extractors.Agreements;
using BharatBrief.Ingestion.Extractors.AsOf;
using BharatBrief.Ingestion.Extractors.Dates;
using BharatBrief.Ingestion.Extractors.Entities;
using BharatBrief.Ingestion.Extractors.Figures;
using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Extractors.Themes;
using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion;

/// <summary>Composes the extractors once; <see cref="Build"/> freezes them into a pipeline shared by every article and thread.</summary>
public sealed class ArticlePipelineBuilder
{
    private readonly List<IArticleExtractor> _extractors = [];
    private Gazetteer? _gazetteer;
    private ThemeLexicon? _themes;

    public ArticlePipelineBuilder UseGazetteer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        return this;
    }

    public ArticlePipelineBuilder UseThemeLexicon(ThemeLexicon themes)
    {
        _themes = themes;
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
        var themes = _themes ??= ThemeLexicon.Default;
        // Dates come first: the as-of date is read from them, and everything after reads dates against it.
        Add(new DateMentionExtractor());
        Add(new AsOfExtractor());
        // Entities need the as-of year to name the holder of an office ("the Russian President").
        Add(new EntityExtractor());
        Add(new ThemeExtractor(themes));
        // Summits may move the as-of date forward, so the steps that resolve dates on their own come after them;
        // agreements also need the summits to tie a deal to the meeting that produced it.
        Add(new SummitExtractor());
        Add(new AgreementExtractor());
        Add(new FigureExtractor());
        return this;
    }

    public ArticlePipeline Build() => new(_gazetteer ?? Gazetteer.Default, _themes ?? ThemeLexicon.Default, [.. _extractors]);
}
