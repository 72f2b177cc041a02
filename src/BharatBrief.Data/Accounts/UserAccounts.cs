using Microsoft.AspNetCore.Identity;

namespace BharatBrief.Data.Accounts;

/// <summary>Creates editors' accounts; there is no public sign-up.</summary>
public sealed class UserAccounts(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>Creates an account with the given role, or says why it cannot (taken e-mail, weak password).</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password, string role)
    {
        if (!EditorRoles.All.Contains(role))
        {
            return [$"The role must be one of: {string.Join(", ", EditorRoles.All)}."];
        }
        foreach (var name in EditorRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(error => error.Description)];
        }
        var assigned = await users.AddToRoleAsync(user, role);
        return assigned.Succeeded ? [] : [.. assigned.Errors.Select(error => error.Description)];
    }
}
