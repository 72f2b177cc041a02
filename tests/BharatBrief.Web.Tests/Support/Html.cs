using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BharatBrief.Web.Tests.Support;

/// <summary>Fetches pages and reads them as HTML documents.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>GETs <paramref name="url"/>, asserts the status, and parses the body.</summary>
    public static async Task<IDocument> GetAsync(HttpClient client, string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"GET {url}: expected {(int)status}, got {(int)response.StatusCode}.\n{Shorten(body)}");
        return Parse(body);
    }

    /// <summary>The text of an element, whitespace collapsed.</summary>
    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The single element matching <paramref name="selector"/>; fails when there is none.</summary>
    public static IElement One(this IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}'.");

    /// <summary>The query parameters a page's problem notice names (what it left out of a bad address).</summary>
    public static IEnumerable<string> ProblemParameters(this IParentNode page) =>
        page.One(".notice.problem").QuerySelectorAll("code").Select(code => code.Text());

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
