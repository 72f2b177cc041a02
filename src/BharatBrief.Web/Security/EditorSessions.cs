using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;

namespace BharatBrief.Web.Security;

/// <summary>
/// Editors' sessions kept on the server: the cookie carries only a random key into this store, so signing out (which
/// removes the entry) ends the session for every copy of the cookie, and a cookie copied before sign-out opens nothing
/// afterwards. Sessions live in memory: restarting the site signs every editor out. An entry expires with its ticket
/// (8 hours, sliding: each renewal moves it).
/// </summary>
public sealed class EditorSessions(TimeProvider time) : ITicketStore, IDisposable
{
    /// <summary>
    /// The claim that names the session a principal was read from, so that an open circuit, which holds the principal
    /// but no cookie, can ask whether its session still exists (<see cref="EditorRevalidation"/>).
    /// </summary>
    public const string SessionClaim = "bharatbrief:session";

    private readonly MemoryCache _sessions = new(new MemoryCacheOptions());

    /// <summary>How many sessions are open (for tests and diagnostics).</summary>
    public int Count => _sessions.Count;

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Name(ticket, key);
        Put(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // A renewal never brings back a session that sign-out removed in the meantime.
        if (_sessions.TryGetValue(key, out _))
        {
            // A renewed ticket may carry a principal read afresh from the accounts (the security stamp check).
            Name(ticket, key);
            Put(key, ticket);
        }
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(_sessions.TryGetValue(key, out AuthenticationTicket? ticket) ? ticket : null);

    /// <summary>Whether the session <paramref name="key"/> names is still open (not signed out, not expired).</summary>
    public bool IsOpen(string key) => _sessions.TryGetValue(key, out _);

    /// <summary>The session a principal was read from, or null.</summary>
    public static string? KeyOf(ClaimsPrincipal user) => user.FindFirst(SessionClaim)?.Value;

    public Task RemoveAsync(string key)
    {
        _sessions.Remove(key);
        return Task.CompletedTask;
    }

    public void Dispose() => _sessions.Dispose();

    private static void Name(AuthenticationTicket ticket, string key)
    {
        if (ticket.Principal.Identity is ClaimsIdentity identity && !identity.HasClaim(claim => claim.Type == SessionClaim))
        {
            identity.AddClaim(new Claim(SessionClaim, key));
        }
    }

    private void Put(string key, AuthenticationTicket ticket)
    {
        var expires = ticket.Properties.ExpiresUtc ?? time.GetUtcNow().Add(EditorAccounts.SessionLength);
        _sessions.Set(key, ticket, new MemoryCacheEntryOptions { AbsoluteExpiration = expires });
    }
}
