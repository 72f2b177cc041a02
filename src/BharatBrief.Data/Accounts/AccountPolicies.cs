using Microsoft.AspNetCore.Identity;

namespace BharatBrief.Data.Accounts;

/// <summary>The account rules the site and the command line share.</summary>
public static class AccountPolicies
{
    /// <summary>
    /// Failed sign-ins from one client address for one e-mail address before that pair must wait (the site's
    /// <c>SignInThrottle</c>). Accounts themselves are never locked: a lockout anyone can trigger locks editors out.
    /// </summary>
    public const int MaxFailedSignIns = 5;

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = true;
        options.Password.RequireDigit = true;
        options.Lockout.AllowedForNewUsers = false;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
