using System.Text.RegularExpressions;

namespace BharatBrief.Web.Components.Pages.Articles;

/// <summary>Markdown's inline syntax in a brief's sentences: hidden from readers, never interpreted (no HTML comes from an article).</summary>
public static partial class InlineMarkup
{
    /// <summary>The characters of Markdown's inline syntax (emphasis markers, code ticks, link targets) that a reader should not see.</summary>
    public static bool[] Hidden(string text)
    {
        var hidden = new bool[text.Length];
        foreach (Match link in MarkdownLink().Matches(text))
        {
            var label = link.Groups["label"];
            for (var i = link.Index; i < label.Index; i++)
            {
                hidden[i] = true;
            }
            for (var i = label.Index + label.Length; i < link.Index + link.Length; i++)
            {
                hidden[i] = true;
            }
        }
        foreach (Match marker in EmphasisMarker().Matches(text))
        {
            for (var i = marker.Index; i < marker.Index + marker.Length; i++)
            {
                hidden[i] = true;
            }
        }
        return hidden;
    }

    [GeneratedRegex(@"!?\[(?<label>[^\]\n]+)\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex EmphasisMarker();
}
