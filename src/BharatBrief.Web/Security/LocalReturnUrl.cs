namespace BharatBrief.Web.Security;

/// <summary>Where to go after signing in: only an address on this site, so that a crafted link cannot send an editor elsewhere.</summary>
public static class LocalReturnUrl
{
    public const string Default = "/editor";

    public static string Sanitize(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return Default;
        }
        // "//host" and "/\host" are read by browsers as addresses on another host.
        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return Default;
        }
        return url.Any(char.IsControl) ? Default : url;
    }
}
