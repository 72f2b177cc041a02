using BharatBrief.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace BharatBrief.Web.Security;

/// <summary>The authorization policies of the editors' area: editors (and admins) write and correct; admins also manage.</summary>
public static class EditorPolicies
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Editor, policy => policy.RequireAuthenticatedUser().RequireRole(EditorRoles.Editor, EditorRoles.Admin));
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(EditorRoles.Admin));
    }
}
