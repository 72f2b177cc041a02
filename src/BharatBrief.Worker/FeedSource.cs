using System.Security.Cryptography;
using System.Text;

namespace BharatBrief.Worker;

/// <summary>One configured feed: its address, the outlet to credit, and the names it is known by in the store.</summary>
internal sealed record FeedSource(Uri Address, string? Outlet)
{
    /// <summary>
    /// The feed as editors see it in runs: its address without credentials, and with its query (which may hold a key)
    /// replaced by a short hash of it, which still tells apart two feeds that differ only there.
    /// </summary>
    public string Name => Redact(Address.AbsoluteUri);

    /// <summary>The feed's key among the worker's items.</summary>
    public string Key => "feed:" + Name;

    public static bool TryParseAddress(string? value, out Uri address)
    {
        address = null!;
        return Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && (address = parsed) is not null;
    }

    /// <summary><paramref name="url"/> without user name, password or fragment, its query shown as <c>?…</c> and a hash.</summary>
    public static string Redact(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            // Not an address: say what it looks like without echoing what may be a secret.
            return string.IsNullOrEmpty(url) ? "" : $"{url.Length} characters, not an http(s) address";
        }
        var shown = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return uri.Query.Length > 1 ? $"{shown}?… #{ShortHash(uri.Query)}" : shown;
    }

    public static string ShortHash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];
}
