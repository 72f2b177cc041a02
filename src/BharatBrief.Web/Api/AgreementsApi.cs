using BharatBrief.Data;
using BharatBrief.Data.Search;
using BharatBrief.Web.Api.Models;
using BharatBrief.Web.Components.Pages.Agreements;
using BharatBrief.Web.Filtering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Api;

internal static class AgreementsApi
{
    public static void MapAgreementsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/agreements", ListAsync).WithName("ListAgreements").WithTags("Agreements")
            .WithSummary("The agreements register, filtered by theme, kind and status and sorted by name, kind, status, date or sources (dir asc or desc).");
        api.MapGet("/agreements/{slug}", GetAsync).WithName("GetAgreement").WithTags("Agreements")
            .WithSummary("One agreement with its status history (which source said what, when) and its sources.");
    }

    private static async Task<Results<Ok<AgreementListDto>, ValidationProblem>> ListAsync(
        IDbContextFactory<BharatBriefDbContext> contexts, string? theme, string? kind, string? status, string? sort, string? dir,
        CancellationToken cancellationToken)
    {
        var problems = new QueryProblems();
        var filter = RegisterFilter.Parse(theme, kind, status, sort, dir, problems);
        if (problems.Any)
        {
            return TypedResults.ValidationProblem(problems.ToErrors());
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await RegisterQuery.LoadAsync(db, filter, cancellationToken);
        return TypedResults.Ok(new AgreementListDto(rows.Count, [.. rows.Select(ApiMapping.Summary)]));
    }

    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> GetAsync(
        IDbContextFactory<BharatBriefDbContext> contexts, SearchCatalog catalog, string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AgreementQuery.LoadAsync(db, catalog, slug, cancellationToken) is { } agreement
            ? TypedResults.Ok(ApiMapping.Detail(agreement))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No agreement is called '{QueryValues.Shorten(slug)}'.");
    }
}
