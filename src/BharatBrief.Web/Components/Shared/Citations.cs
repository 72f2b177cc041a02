using BharatBrief.Data.Search;

namespace BharatBrief.Web.Components.Shared;

/// <summary>How an article is credited: by its outlet and date, never by the file it was ingested from.</summary>
public static class Citations
{
    public const string EditorsBrief = "An editor’s brief";

    /// <summary>The name to credit: the outlet, else the original's host ("thehindu.com"), else an editor's brief as such; null when none is known.</summary>
    public static string? Name(ArticleAttribution? attribution) =>
        attribution is null ? null
        : attribution.Outlet ?? (OriginalUrl(attribution) is { } url ? HostOf(url) : null) ?? (attribution.IsBrief ? EditorsBrief : null);

    /// <summary>The original's address when it is an absolute http or https one, the only kind a page links to.</summary>
    public static string? OriginalUrl(ArticleAttribution? attribution) =>
        attribution?.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>True when there is something to cite: a name or a published date.</summary>
    public static bool Shows(ArticleAttribution? attribution) => Name(attribution) is not null || attribution?.PublishedOn is not null;

    private static string HostOf(string url)
    {
        var host = new Uri(url).Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
