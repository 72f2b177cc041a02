using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Web.Api.Models;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Filtering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Api;

internal static class SummitsApi
{
    public const int PageSize = 100;

    public static void MapSummitsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/summits", ListAsync).WithName("ListSummits").WithTags("Summits")
            .WithSummary("Summits in time order, filtered as the timeline is (year range, kind, status, theme, city), 100 a page.");
        api.MapGet("/summits/{slug}", GetAsync).WithName("GetSummit").WithTags("Summits")
            .WithSummary("One summit with its agreements, every source with its sentences, and the sources' disagreements.");
    }

    private static async Task<Results<Ok<SummitListDto>, ValidationProblem>> ListAsync(
        IDbContextFactory<BharatBriefDbContext> contexts, string? from, string? to, string? kind, string? status, string? theme, string? city,
        string? page, CancellationToken cancellationToken)
    {
        var problems = new QueryProblems();
        var filter = TimelineFilter.Parse(from, to, kind, status, theme, city, page, problems);
        if (problems.Any)
        {
            return TypedResults.ValidationProblem(problems.ToErrors());
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (total, items) = await TimelineQuery.ListAsync(db, filter, PageSize, cancellationToken);
        return TypedResults.Ok(new SummitListDto(total, filter.Page, PageSize, (total + PageSize - 1) / PageSize, [.. items.Select(ApiMapping.Summary)]));
    }

    private static async Task<Results<Ok<SummitDto>, ProblemHttpResult>> GetAsync(
        IDbContextFactory<BharatBriefDbContext> contexts, SearchCatalog catalog, string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SummitQuery.LoadAsync(db, catalog, slug, cancellationToken) is { } summit
            ? TypedResults.Ok(ApiMapping.Detail(summit))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No summit is called '{QueryValues.Shorten(slug)}'.");
    }
}
