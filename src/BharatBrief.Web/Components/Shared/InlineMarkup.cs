using System.Text;
using System.Text.Encodings.Web;
using BharatBrief.Data.Search;
using BharatBrief.Web.Formatting;

namespace BharatBrief.Web.Components.Shared;

/// <summary>
/// The small pieces of markup a list repeats (a marked text, a date, a status badge, a citation), written as encoded
/// HTML once. A component renders each as one markup frame rather than a frame per element, attribute and text: a
/// live page of search results holds its render trees, twice over, for as long as its circuit.
/// </summary>
public static class InlineMarkup
{
    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>Text whose matched words search marked with ⟦ ⟧, the marked words in <c>&lt;mark&gt;</c>; the rest encoded like any text.</summary>
    public static string Marked(string text)
    {
        var html = new StringBuilder(text.Length + 32);
        foreach (var (part, marked) in Shared.Marked.Split(text))
        {
            html.Append(marked ? "<mark>" : "").Append(Encode(part)).Append(marked ? "</mark>" : "");
        }
        return html.ToString();
    }

    /// <summary>A date or range at its precision, machine-readable in <c>&lt;time&gt;</c>; <paramref name="unknown"/> without one.</summary>
    public static string Date(string? start, string? end, string unknown) => start is null
        ? $"<span class=\"date-unknown\">{Encode(unknown)}</span>"
        : $"<time datetime=\"{Encode(start)}\" title=\"{Encode(DateDisplay.Precision(end ?? start))}\">{Encode(DateDisplay.Format(start, end))}</time>";

    /// <summary>A status in words, styled per status.</summary>
    public static string Badge(string slug) => $"<span class=\"badge status-{Encode(slug)}\">{Encode(Labels.Status(slug))}</span>";

    /// <summary>
    /// "The Hindu, 5 Oct 2018": the outlet linking to the original, the date to the article here (at its sentence)
    /// when <paramref name="articleSlug"/> is given; empty when there is neither a name nor a published date.
    /// </summary>
    public static string Citation(ArticleAttribution? attribution, string? articleSlug = null, int? sentence = null)
    {
        if (!Citations.Shows(attribution))
        {
            return "";
        }
        var html = new StringBuilder("<span class=\"citation\">");
        if (Citations.Name(attribution) is { } name)
        {
            html.Append(Citations.OriginalUrl(attribution) is { } original
                ? $"<a href=\"{Encode(original)}\" rel=\"noopener external\">{Encode(name)}</a>"
                : Encode(name));
            if (attribution?.PublishedOn is not null)
            {
                html.Append(", ");
            }
        }
        if (attribution?.PublishedOn is { } published)
        {
            var date = $"<time datetime=\"{Encode(published)}\" title=\"{Encode(DateDisplay.Format(published))}\">{Encode(DateDisplay.Short(published))}</time>";
            html.Append(articleSlug is null ? date : $"<a href=\"{Encode(SiteLinks.Sentence(articleSlug, sentence))}\" class=\"citation-here\">{date}</a>");
        }
        return html.Append("</span>").ToString();
    }
}
