using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace BharatBrief.Web.Editing;

/// <summary>
/// A brief's Markdown as HTML for the preview: raw HTML is written as text, and links and images keep only the
/// addresses <see cref="UrlPolicy"/> allows. The pipeline is built once and shared; a renderer is made per document.
/// </summary>
public static class BriefMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
