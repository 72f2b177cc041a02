using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BharatBrief.Web.Security;

/// <summary>
/// The signed-in account of an open circuit, checked again every <see cref="Setting"/> seconds (a minute unless
/// configured): a circuit holds the principal it started with and sends no cookie, so without this an editor signed
/// out in another tab, or demoted by an admin, would keep an island working for as long as the page stays open. When
/// the check fails the circuit's user becomes anonymous and the editors' islands stop and ask them to sign in again.
/// </summary>
internal sealed class EditorRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    public const string Setting = "BharatBrief:Editors:RevalidationSeconds";

    protected override TimeSpan RevalidationInterval { get; } = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(Setting, 60.0)));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EditorSessionCheck>().IsCurrentAsync(authenticationState.User);
    }
}

/// <summary>
/// Whether a principal read when a page opened still stands: its session is open (not signed out, not expired), its
/// account exists with the same security stamp (an admin's role change or a password reset renews it), and it still
/// holds every role it claims. Anyone not signed in stands as they are.
/// </summary>
public sealed class EditorSessionCheck(EditorSessions sessions, UserManager<IdentityUser> users, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return true;
        }
        if (EditorSessions.KeyOf(user) is not { } session || !await sessions.IsOpenAsync(session))
        {
            return false;
        }
        if (await users.GetUserAsync(user) is not { } account)
        {
            return false;
        }
        var claims = identity.Value.ClaimsIdentity;
        if (users.SupportsUserSecurityStamp && user.FindFirstValue(claims.SecurityStampClaimType) != await users.GetSecurityStampAsync(account))
        {
            return false;
        }
        var roles = await users.GetRolesAsync(account);
        return user.FindAll(claims.RoleClaimType).All(role => roles.Contains(role.Value, StringComparer.Ordinal));
    }
}
