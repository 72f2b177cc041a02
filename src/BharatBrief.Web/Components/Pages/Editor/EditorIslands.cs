namespace BharatBrief.Web.Components.Pages.Editor;

public static class EditorIslands
{
    /// <summary>
    /// What the brief page's islands share: the bounded pipeline for the live extraction (<see cref="LiveExtraction"/>).
    /// </summary>
    public static WebApplicationBuilder AddEditorIslands(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveExtraction>();
        return builder;
    }
}
