using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Extractors.Agreements;
using BharatBrief.Ingestion.Extractors.AsOf;
using BharatBrief.Ingestion.Extractors.Dates;
using BharatBrief.Ingestion.Extractors.Entities;
using BharatBrief.Ingestion.Extractors.Figures;
using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Extractors.Themes;

namespace BharatBrief.Benchmarks;

/// <summary>
/// Pipelines that stop after each stage, in the order of <see cref="ArticlePipelineBuilder.UseDefaults"/>: the
/// difference between two neighbours is what that stage costs. "segment" runs no extractor, only the document
/// parser and what every parse does (hash, word count, relevance check).
/// </summary>
public static class PipelineStages
{
    public static readonly string[] Names = ["1 segment", "2 +dates", "3 +as-of", "4 +entities", "5 +themes", "6 +summits", "7 +agreements", "8 +figures"];

    public static ArticlePipeline Through(string stage)
    {
        var count = Array.IndexOf(Names, stage);
        if (count < 0)
        {
            throw new ArgumentException($"Unknown stage '{stage}'.", nameof(stage));
        }
        var extractors = new Func<IArticleExtractor>[]
        {
            () => new DateMentionExtractor(),
            () => new AsOfExtractor(),
            () => new EntityExtractor(),
            () => new ThemeExtractor(ThemeLexicon.Default),
            () => new SummitExtractor(),
            () => new AgreementExtractor(),
            () => new FigureExtractor(),
        };
        var builder = new ArticlePipelineBuilder();
        foreach (var create in extractors.Take(count))
        {
            builder.Add(create());
        }
        return builder.Build();
    }
}
