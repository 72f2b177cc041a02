using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Tests.Golden;

/// <summary>One case article run through the pipeline and the cross-article merge, as the store would.</summary>
public sealed record CaseRun(ParsedArticle Article, Consolidation Merged)
{
    public static CaseRun Of(string path)
    {
        var article = ArticlePipeline.Default.Parse(ArticleSource.FromFile(Path.GetFileName(path), File.ReadAllText(path)));
        var merged = Consolidator.Consolidate([new ArticleFacts(1, article.AsOf, article.Summits, article.Agreements)]);
        return new CaseRun(article, merged);
    }

    public AsOfDate AsOf => Merged.AsOfRefinements.GetValueOrDefault(1) ?? Article.AsOf;
}
