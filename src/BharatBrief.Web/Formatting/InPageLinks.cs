using Microsoft.AspNetCore.Components;

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
}
