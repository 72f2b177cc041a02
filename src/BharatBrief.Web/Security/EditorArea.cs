namespace BharatBrief.Web.Security;

/// <summary>
/// The requests that belong to editors rather than readers: the account, editor and admin pages, and anything a
/// signed-in editor asks for. Their answers carry personal state and form tokens, so they are never stored by any
/// cache and never compressed (a compressed page with a secret and reflected input leaks the secret over HTTPS).
/// </summary>
public static class EditorArea
{
    private static readonly string[] Prefixes = ["/account", "/editor", "/admin"];

    public static bool Covers(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || Prefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
