using System.Security.Claims;
using System.Security.Cryptography;
using BharatBrief.Data.Sharing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Security;

/// <summary>
/// Editors' sessions kept on the server side: the cookie carries only a random key into this store, so signing out
/// (which removes the entry) ends the session for every copy of the cookie, and a cookie copied before sign-out opens
/// nothing afterwards. Sessions live in the store (<see cref="SharedStateDbContext"/>), so every web server on it
/// knows them: an editor signed in on one server is signed in on all, and signing out on one ends the session on all;
/// restarting a server signs nobody out. The ticket is kept protected with the shared data-protection keys. An entry
/// expires with its ticket (8 hours, sliding: each renewal moves it).
/// </summary>
public sealed class EditorSessions(IDbContextFactory<SharedStateDbContext> contexts, IDataProtectionProvider protection, TimeProvider time) : ITicketStore
{
    /// <summary>
    /// The claim that names the session a principal was read from, so that an open circuit, which holds the principal
    /// but no cookie, can ask whether its session still exists (<see cref="EditorRevalidation"/>).
    /// </summary>
    public const string SessionClaim = "bharatbrief:session";

    private readonly IDataProtector _protector = protection.CreateProtector("BharatBrief.Web.EditorSessions");

    /// <summary>How many sessions are open (for tests and diagnostics).</summary>
    public async Task<int> CountAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = Now;
        return await db.EditorSessions.CountAsync(session => session.ExpiresAt > now);
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Name(ticket, key);
        await using var db = await contexts.CreateDbContextAsync();
        var now = Now;
        // Sessions nobody signed out of would otherwise stay: each sign-in sweeps the expired ones.
        await db.EditorSessions.Where(session => session.ExpiresAt <= now).ExecuteDeleteAsync();
        db.EditorSessions.Add(new StoredEditorSession { Key = key, Ticket = Protect(ticket), ExpiresAt = ExpiryOf(ticket) });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // A renewed ticket may carry a principal read afresh from the accounts (the security stamp check).
        Name(ticket, key);
        var protectedTicket = Protect(ticket);
        var expires = ExpiryOf(ticket);
        await using var db = await contexts.CreateDbContextAsync();
        // An update, never an insert: a renewal never brings back a session that sign-out removed in the meantime.
        await db.EditorSessions.Where(session => session.Key == key)
            .ExecuteUpdateAsync(session => session.SetProperty(s => s.Ticket, protectedTicket).SetProperty(s => s.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = Now;
        var stored = await db.EditorSessions.AsNoTracking().Where(session => session.Key == key && session.ExpiresAt > now)
            .Select(session => session.Ticket).FirstOrDefaultAsync();
        if (stored is null)
        {
            return null;
        }
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(stored));
        }
        catch (CryptographicException)
        {
            // Protected with a key the store no longer holds: the session is as good as gone.
            return null;
        }
    }

    /// <summary>Whether the session <paramref name="key"/> names is still open (not signed out, not expired).</summary>
    public async Task<bool> IsOpenAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var now = Now;
        return await db.EditorSessions.AnyAsync(session => session.Key == key && session.ExpiresAt > now);
    }

    /// <summary>The session a principal was read from, or null.</summary>
    public static string? KeyOf(ClaimsPrincipal user) => user.FindFirst(SessionClaim)?.Value;

    public async Task RemoveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.EditorSessions.Where(session => session.Key == key).ExecuteDeleteAsync();
    }

    private long Now => time.GetUtcNow().ToUnixTimeSeconds();

    private long ExpiryOf(AuthenticationTicket ticket) =>
        (ticket.Properties.ExpiresUtc ?? time.GetUtcNow().Add(EditorAccounts.SessionLength)).ToUnixTimeSeconds();

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static void Name(AuthenticationTicket ticket, string key)
    {
        if (ticket.Principal.Identity is ClaimsIdentity identity && !identity.HasClaim(claim => claim.Type == SessionClaim))
        {
            identity.AddClaim(new Claim(SessionClaim, key));
        }
    }
}
