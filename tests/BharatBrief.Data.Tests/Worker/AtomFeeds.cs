using System.Net;
using System.Text;

namespace BharatBrief.Data.Tests.Worker;

/// <summary>Atom documents for the feed tests, with entries' content given as HTML.</summary>
public static class AtomFeeds
{
    public sealed record Entry(string Id, string Title, string Link, DateTimeOffset Published, string Html);

    public static string Of(string title, params Entry[] entries)
    {
        var xml = new StringBuilder();
        xml.Append("""<?xml version="1.0" encoding="utf-8"?>""").Append('\n');
        xml.Append("""<feed xmlns="http://www.w3.org/2005/Atom">""");
        xml.Append($"<title>{WebUtility.HtmlEncode(title)}</title><id>urn:test:feed</id><updated>2024-07-10T00:00:00Z</updated>");
        foreach (var entry in entries)
        {
            xml.Append("<entry>")
                .Append($"<id>{WebUtility.HtmlEncode(entry.Id)}</id>")
                .Append($"<title>{WebUtility.HtmlEncode(entry.Title)}</title>")
                .Append($"""<link rel="alternate" href="{WebUtility.HtmlEncode(entry.Link)}"/>""")
                .Append($"<published>{entry.Published:yyyy-MM-ddTHH:mm:ssZ}</published><updated>{entry.Published:yyyy-MM-ddTHH:mm:ssZ}</updated>")
                .Append("<author><name>Staff reporter</name></author>")
                .Append($"""<content type="html">{WebUtility.HtmlEncode(entry.Html)}</content>""")
                .Append("</entry>");
        }
        xml.Append("</feed>");
        return xml.ToString();
    }

    /// <summary>Paragraphs as HTML, with markup a feed's content carries (emphasis, a script, an entity).</summary>
    public static string Html(params string[] paragraphs) =>
        "<script>track();</script>" + string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("Putin", "<em>Putin</em>", StringComparison.Ordinal)}</p>"));
}
