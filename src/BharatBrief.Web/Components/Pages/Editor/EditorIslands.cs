using BharatBrief.Data.Editing;

namespace BharatBrief.Web.Components.Pages.Editor;

public static class EditorIslands
{
    /// <summary>
    /// What the brief page's islands share: the notices of saves (<see cref="BriefSaveNotices"/>, one per process), the
    /// bounded pipeline for the live extraction (<see cref="LiveExtraction"/>) and editors' autosaved drafts.
    /// </summary>
    public static WebApplicationBuilder AddEditorIslands(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BriefSaveNotices>();
        builder.Services.AddSingleton<LiveExtraction>();
        builder.Services.AddTransient<AutosavedDrafts>();
        return builder;
    }
}
