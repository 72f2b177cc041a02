namespace BharatBrief.Web.Editing;

/// <summary>
/// Which link and image addresses a brief may carry: http, https, mailto and relative addresses only. Anything that
/// hides a scheme from a simple reading (control characters, whitespace, backslashes, "//host") is refused too,
/// because browsers strip or rewrite those before they resolve the address.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool Allows(string? url)
    {
        if (url is null)
        {
            return false;
        }
        foreach (var character in url)
        {
            if (char.IsControl(character) || char.IsWhiteSpace(character) || character == '\\')
            {
                return false;
            }
        }
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return true;
        }
        var scheme = url[..colon];
        return AllowedSchemes.Any(allowed => scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase));
    }
}
