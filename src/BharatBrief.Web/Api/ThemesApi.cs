using BharatBrief.Data;
using BharatBrief.Web.Api.Models;
using BharatBrief.Web.Components.Pages.Themes;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Api;

internal static class ThemesApi
{
    public static void MapThemesApi(this RouteGroupBuilder api) =>
        api.MapGet("/themes", ListAsync).WithName("ListThemes").WithTags("Themes")
            .WithSummary("The fixed theme taxonomy, in its order, with how many articles, summits and agreements have each theme.");

    private static async Task<IReadOnlyList<ThemeDto>> ListAsync(IDbContextFactory<BharatBriefDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return [.. (await ThemesQuery.LoadAsync(db, cancellationToken)).Select(ApiMapping.Theme)];
    }
}
