using BharatBrief.Corpus.World;
using BharatBrief.Corpus.Writing;

namespace BharatBrief.Corpus.Layouts;

/// <summary>Gives written content the shape of its planned layout.</summary>
public static class ArticleRenderer
{
    public static string Render(ArticleContent content, ArticlePlan plan, CorpusWorld world, Random random) => plan.Layout switch
    {
        Layout.Wire => WireLayout.Render(content, plan, world, random),
        Layout.Feature => FeatureLayout.Render(content, plan, world, random),
        Layout.Explainer => ExplainerLayout.Render(content, plan, world, random),
        Layout.MarkdownBrief => MarkdownLayout.Render(content, plan, world, random),
        _ => PlainLayout.Render(content, plan, world, random),
    };
}
