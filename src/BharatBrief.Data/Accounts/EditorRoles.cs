namespace BharatBrief.Data.Accounts;

/// <summary>The roles of the editors' area: editors write briefs and correct the record; admins also manage accounts and read the audit log.</summary>
public static class EditorRoles
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];
}
