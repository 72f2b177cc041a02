using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace BharatBrief.Web.Security;

/// <summary>What a sign-in attempt came to: in, refused (one message whatever the reason), or to wait.</summary>
public sealed record SignInOutcome(bool Succeeded, TimeSpan? Wait = null);

/// <summary>
/// Signing in with an e-mail address and a password so that a stranger learns nothing about which accounts exist: an
/// unknown address costs the same password hash as a wrong password (a stand-in hash is checked), every refusal has
/// the same words, and failures are throttled per client address and typed address (<see cref="SignInThrottle"/>)
/// instead of locking the account for everyone.
/// </summary>
public sealed class EditorSignIn(SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher, SignInThrottle throttle)
{
    /// <summary>The one message of every refused attempt.</summary>
    public const string Refused = "The e-mail address or the password is not right.";

    private static readonly IdentityUser Nobody = new("nobody@invalid");
    private static string? s_standInHash;

    public async Task<(SignInOutcome Outcome, string Reason)> SignInAsync(string email, string password, IPAddress? source)
    {
        if (throttle.WaitBefore(source, email) is { } wait)
        {
            return (new SignInOutcome(false, wait), "throttled");
        }
        var user = await signIn.UserManager.FindByNameAsync(email);
        SignInResult result;
        if (user is null)
        {
            CheckStandIn(password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
            if (result.IsLockedOut || result.IsNotAllowed)
            {
                // Refused before the password was checked: check one anyway, so the answer takes as long.
                CheckStandIn(password);
            }
        }
        if (result.Succeeded)
        {
            throttle.Succeeded(source, email);
            return (new SignInOutcome(true), "signed in");
        }
        throttle.Failed(source, email);
        var reason = user is null ? "no such account" : result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong password";
        return (new SignInOutcome(false), reason);
    }

    private void CheckStandIn(string password)
    {
        s_standInHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(Nobody, s_standInHash, password);
    }
}
