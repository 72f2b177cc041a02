using BharatBrief.Data.Search;
using BharatBrief.Web.Api.Models;
using BharatBrief.Web.Components.Pages.Search;
using BharatBrief.Web.Filtering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BharatBrief.Web.Api;

internal static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync).WithName("Search").WithTags("Search")
            .WithSummary("Searches articles, summits and agreements at once (FTS5, bm25, stemming, prefixes; AND, OR, NOT and \"phrases\"), with facet counts.");

    private static async Task<Results<Ok<SearchResultDto>, ValidationProblem>> SearchAsync(
        SiteSearch search, string? q, string? kind, string? theme, string? year, string? page, CancellationToken cancellationToken)
    {
        var problems = new QueryProblems();
        var filter = SearchFilter.Parse(q, kind, theme, year, page, problems);
        if (filter.Query.IsEmpty)
        {
            problems.Add("q", filter.Query.Notes.HasFlag(SearchQueryNotes.Empty)
                ? "Give something to search for, such as q=S-400."
                : "The search has no word to look for: add a word, a name or a number.");
        }
        if (problems.Any)
        {
            return TypedResults.ValidationProblem(problems.ToErrors());
        }
        var result = await search.SearchAsync(filter.ToRequest(), cancellationToken);
        return TypedResults.Ok(ApiMapping.Search(filter, result));
    }
}
