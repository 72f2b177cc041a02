using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace BharatBrief.Web.Formatting;

/// <summary>
/// Links to a place on the page being read. The document's <c>&lt;base href="/"&gt;</c>, which the islands' framework
/// needs, makes a bare "#main" mean "/#main", the home page; a link that names this page's own address and query
/// stays on it.
/// </summary>
public static class InPageLinks
{
    /// <summary>"/articles/some-slug?x=1#s-3" on that page, for <paramref name="fragment"/> "s-3".</summary>
    public static string To(NavigationManager navigation, string fragment) =>
        $"{new Uri(navigation.Uri).PathAndQuery}#{fragment}";

    /// <summary>
    /// The same, for a page that may be answering in place of another: a 404 or error page is rendered by re-executing
    /// the request at its own path, but the reader's address bar still shows the one they asked for.
    /// </summary>
    public static string To(NavigationManager navigation, HttpContext? context, string fragment) =>
        context?.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            ? $"{reExecuted.OriginalPathBase}{reExecuted.OriginalPath}{reExecuted.OriginalQueryString}#{fragment}"
            : context?.Features.Get<IExceptionHandlerPathFeature>() is { } failed
                ? $"{context.Request.PathBase}{failed.Path}{context.Request.QueryString}#{fragment}"
                : To(navigation, fragment);
}
