using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace BharatBrief.Web.Editing;

/// <summary>Autolinks (<c>&lt;scheme:…&gt;</c>) whose address <see cref="UrlPolicy"/> refuses are written as plain text.</summary>
internal sealed class SafeAutolinkRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (link.IsEmail || UrlPolicy.Allows(link.Url))
        {
            base.Write(renderer, link);
        }
        else
        {
            renderer.WriteEscape(link.Url);
        }
    }
}
