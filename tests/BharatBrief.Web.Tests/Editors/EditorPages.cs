namespace BharatBrief.Web.Tests.Editors;

/// <summary>Every page and endpoint of the editors' area, with the role it needs.</summary>
public static class EditorPages
{
    public static readonly string[] ForEditors =
    [
        "/editor", "/editor/briefs/new", "/editor/briefs/1", "/editor/summits", "/editor/summits/1",
        "/editor/agreements", "/editor/agreements/1", "/editor/ingestion",
    ];

    public static readonly string[] ForAdmins = ["/admin/audit", "/admin/users"];

    public static TheoryData<string> Editors() => [.. ForEditors];

    public static TheoryData<string> Admins() => [.. ForAdmins];

    public static TheoryData<string> All() => [.. ForEditors, .. ForAdmins];
}
