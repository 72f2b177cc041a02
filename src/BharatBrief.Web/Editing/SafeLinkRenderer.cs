using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace BharatBrief.Web.Editing;

/// <summary>Links and images whose address <see cref="UrlPolicy"/> refuses are written as their text alone.</summary>
internal sealed class SafeLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (UrlPolicy.Allows(url))
        {
            base.Write(renderer, link);
        }
        else
        {
            renderer.WriteChildren(link);
        }
    }
}
