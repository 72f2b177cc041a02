namespace BharatBrief.Web.Components.Pages.Admin;

/// <summary>A new account: e-mail, initial password, role.</summary>
public sealed class NewAccountForm
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = BharatBrief.Data.Accounts.EditorRoles.Editor;
}

/// <summary>A role change: the button pressed posts "{user id}|{role}".</summary>
public sealed class RoleForm
{
    public string? Change { get; set; }
}
