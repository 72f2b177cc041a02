using System.Security.Claims;
using BharatBrief.Data.Accounts;
using BharatBrief.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>
/// What an open circuit's revalidation makes of its account, on the site's real store and session store: a session
/// signed out, an account demoted or deleted no longer stands; an editor still signed in does.
/// </summary>
public sealed class RevalidationTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public void Circuits_check_their_account_again_with_the_site_s_revalidation()
    {
        using var scope = site.Factory.Services.CreateScope();

        Assert.IsType<EditorRevalidation>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
    }

    [Fact]
    public async Task An_editor_still_signed_in_stands_and_stops_standing_when_signed_out()
    {
        var (user, session) = await SignedInAsync("still@example.org", EditorRoles.Editor);

        Assert.True(await IsCurrentAsync(user));

        await Sessions.RemoveAsync(session);

        Assert.False(await IsCurrentAsync(user));
    }

    [Fact]
    public async Task An_editor_an_admin_demotes_no_longer_stands()
    {
        var (user, _) = await SignedInAsync("demoted@example.org", EditorRoles.Editor);

        // As the accounts page changes a role: the roles, then the security stamp.
        await WithUsersAsync(async users =>
        {
            var account = (await users.FindByEmailAsync("demoted@example.org"))!;
            await users.RemoveFromRolesAsync(account, await users.GetRolesAsync(account));
            await users.UpdateSecurityStampAsync(account);
        });

        Assert.False(await IsCurrentAsync(user));
    }

    [Fact]
    public async Task A_role_taken_away_without_a_new_stamp_is_noticed_too()
    {
        var (user, _) = await SignedInAsync("quietly@example.org", EditorRoles.Admin);

        await WithUsersAsync(async users => await users.RemoveFromRoleAsync((await users.FindByEmailAsync("quietly@example.org"))!, EditorRoles.Admin));

        Assert.False(await IsCurrentAsync(user));
    }

    [Fact]
    public async Task A_deleted_account_no_longer_stands()
    {
        var (user, _) = await SignedInAsync("deleted@example.org", EditorRoles.Editor);

        await WithUsersAsync(async users => await users.DeleteAsync((await users.FindByEmailAsync("deleted@example.org"))!));

        Assert.False(await IsCurrentAsync(user));
    }

    [Fact]
    public async Task A_principal_that_names_no_session_does_not_stand_and_nobody_stands_as_nobody()
    {
        var (user, _) = await SignedInAsync("nosession@example.org", EditorRoles.Editor);
        var withoutSession = new ClaimsPrincipal(new ClaimsIdentity(user.Claims.Where(claim => claim.Type != EditorSessions.SessionClaim), "Identity.Application"));

        Assert.False(await IsCurrentAsync(withoutSession));
        Assert.True(await IsCurrentAsync(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public async Task Signing_out_through_the_form_ends_the_session_that_revalidation_asks_about()
    {
        using var client = await EditorClient.SignedInAsync(site.Factory, "form@example.org", EditorRoles.Editor);
        var before = await Sessions.CountAsync();

        using var signedOut = await client.PostFormToActionAsync("/editor", "/account/sign-out");

        Assert.Equal(before - 1, await Sessions.CountAsync());
    }

    private EditorSessions Sessions => site.Factory.Services.GetRequiredService<EditorSessions>();

    /// <summary>An account, and a principal signed in as the cookie handler signs one in: read from the accounts, stored as a session.</summary>
    private async Task<(ClaimsPrincipal User, string Session)> SignedInAsync(string email, string role)
    {
        await EditorClient.CreateAccountAsync(site.Factory, email, role);
        using var scope = site.Factory.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<IdentityUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(email))!);
        var session = await Sessions.StoreAsync(new AuthenticationTicket(principal, IdentityConstants.ApplicationScheme));
        Assert.Equal(session, EditorSessions.KeyOf(principal));
        return (principal, session);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EditorSessionCheck>().IsCurrentAsync(user);
    }

    private async Task WithUsersAsync(Func<UserManager<IdentityUser>, Task> change)
    {
        using var scope = site.Factory.Services.CreateScope();
        await change(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
    }
}
