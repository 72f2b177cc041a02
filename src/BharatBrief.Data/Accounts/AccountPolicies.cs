using Microsoft.AspNetCore.Identity;

namespace BharatBrief.Data.Accounts;

/// <summary>
/// The account rules the site and the command line share: every host registers Identity through
/// <see cref="AddAccountRules"/>, so the admin form and <c>users add</c> accept and refuse the same passwords, taken
/// exactly as typed (never trimmed).
/// </summary>
public static class AccountPolicies
{
    public const int MinPasswordLength = 12;

    public const int MaxPasswordLength = 128;

    /// <summary>The password rules in words, for forms and help texts.</summary>
    public static readonly string PasswordRules =
        $"{MinPasswordLength} to {MaxPasswordLength} characters, with a digit and a lower-case letter";

    /// <summary>
    /// Failed sign-ins from one client address for one e-mail address before that pair must wait (the site's
    /// <c>SignInThrottle</c>). Accounts themselves are never locked: a lockout anyone can trigger locks editors out.
    /// </summary>
    public const int MaxFailedSignIns = 5;

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = true;
        options.Password.RequireDigit = true;
        options.Lockout.AllowedForNewUsers = false;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>The rules of <see cref="Configure"/> that Identity's options cannot express (the longest password).</summary>
    public static IdentityBuilder AddAccountRules(this IdentityBuilder identity) =>
        identity.AddPasswordValidator<PasswordLengthValidator>();
}
