using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BharatBrief.Worker;

/// <summary>The text of a feed entry's HTML: paragraphs kept as blank lines, tags, scripts and styles dropped, entities decoded.</summary>
internal static partial class HtmlText
{
    public static bool LooksLikeHtml(string text) => AnyTag().IsMatch(text) || text.Contains("&", StringComparison.Ordinal);

    public static string ToPlainText(string html)
    {
        var text = Dropped().Replace(html, " ");
        text = Comments().Replace(text, " ");
        text = LineBreaks().Replace(text, "\n");
        text = Blocks().Replace(text, "\n\n");
        text = Tags().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return Tidy(text);
    }

    /// <summary>Every line trimmed with its spaces collapsed, at most one blank line between paragraphs.</summary>
    public static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }
            if (result.Length > 0)
            {
                result.Append(blank ? "\n\n" : "\n");
            }
            result.Append(line);
            blank = false;
        }
        return result.ToString();
    }

    [GeneratedRegex(@"<[a-zA-Z!/][^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"<(script|style|noscript|template|iframe|object)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"</?(p|div|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|aside|figure|figcaption|table|tr|pre|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\f\v\u00a0]+")]
    private static partial Regex Spaces();
}
