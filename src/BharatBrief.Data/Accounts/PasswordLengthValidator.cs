using Microsoft.AspNetCore.Identity;

namespace BharatBrief.Data.Accounts;

/// <summary>Refuses passwords longer than <see cref="AccountPolicies.MaxPasswordLength"/> (Identity has a minimum only).</summary>
public sealed class PasswordLengthValidator : IPasswordValidator<IdentityUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password) =>
        Task.FromResult(password is { Length: > AccountPolicies.MaxPasswordLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords must be at most {AccountPolicies.MaxPasswordLength} characters.",
            })
            : IdentityResult.Success);
}
