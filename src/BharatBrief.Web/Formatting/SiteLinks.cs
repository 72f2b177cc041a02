using System.Text;

namespace BharatBrief.Web.Formatting;

/// <summary>The site's permalinks, in one place so pages, feeds, the sitemap and the API agree.</summary>
public static class SiteLinks
{
    public static string Summit(string slug) => "/summits/" + Uri.EscapeDataString(slug);

    public static string Agreement(string slug) => "/agreements/" + Uri.EscapeDataString(slug);

    public static string Theme(string slug) => "/themes/" + Uri.EscapeDataString(slug);

    public static string Article(string slug) => "/articles/" + Uri.EscapeDataString(slug);

    /// <summary>A sentence of an article, by its index in the outline: the article page gives every sentence the id <c>s-N</c>.</summary>
    public static string Sentence(string articleSlug, int? sentence) =>
        sentence is int index ? $"{Article(articleSlug)}#s-{index}" : Article(articleSlug);

    public static string Search(string query) => "/search?q=" + Uri.EscapeDataString(query);

    /// <summary><paramref name="path"/> with the query parameters of <paramref name="query"/>, changed by <paramref name="changes"/>; empty values are left out.</summary>
    public static string WithQuery(string path, IReadOnlyDictionary<string, string?> query, params (string Key, string? Value)[] changes)
    {
        var merged = new List<KeyValuePair<string, string?>>(query);
        foreach (var (key, value) in changes)
        {
            merged.RemoveAll(pair => pair.Key == key);
            merged.Add(new(key, value));
        }
        var text = new StringBuilder(path);
        var separator = '?';
        foreach (var (key, value) in merged)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            text.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return text.ToString();
    }
}
