using System.Globalization;
using System.Text;
using BharatBrief.Data;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Components.Pages.Agreements;
using BharatBrief.Web.Components.Pages.Summits;
using BharatBrief.Web.Filtering;
using BharatBrief.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Feeds;

/// <summary>The timeline and the register as CSV, with the same filters (and order) as the pages, all rows at once.</summary>
internal static class CsvDownloads
{
    public static async Task<IResult> SummitsAsync(
        HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts, string? from, string? to, string? kind, string? status,
        string? theme, string? city)
    {
        var problems = new QueryProblems();
        var filter = TimelineFilter.Parse(from, to, kind, status, theme, city, null, problems);
        if (problems.Any)
        {
            return Results.ValidationProblem(problems.ToErrors());
        }
        await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        var (_, items) = await TimelineQuery.ListAsync(db, filter, int.MaxValue, context.RequestAborted);
        var site = SiteAddress.Of(context.Request);
        var csv = new CsvWriter().Row("slug", "title", "kind", "status", "start", "end", "date", "city", "country", "venue",
            "ordinal", "ordinal_inferred", "participants", "sources", "url");
        foreach (var item in items)
        {
            csv.Row(item.Slug, item.Title, item.Kind.ToSlug(), item.Status.ToSlug(), item.Start, item.End, DateDisplay.Format(item.Start, item.End),
                item.City, item.Country, item.Venue, item.Ordinal?.ToString(CultureInfo.InvariantCulture), item.OrdinalIsDerived ? "yes" : "no",
                string.Join("; ", item.Participants), item.SourceCount.ToString(CultureInfo.InvariantCulture), site + SiteLinks.Summit(item.Slug));
        }
        return Csv(csv, "bharatbrief-summits.csv");
    }

    public static async Task<IResult> AgreementsAsync(
        HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts, string? theme, string? kind, string? status, string? sort, string? dir)
    {
        var problems = new QueryProblems();
        var filter = RegisterFilter.Parse(theme, kind, status, sort, dir, problems);
        if (problems.Any)
        {
            return Results.ValidationProblem(problems.ToErrors());
        }
        await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        var rows = await RegisterQuery.LoadAsync(db, filter, context.RequestAborted);
        var site = SiteAddress.Of(context.Request);
        var csv = new CsvWriter().Row("slug", "name", "aliases", "kind", "status", "date", "date_text", "summit", "themes", "sources", "url");
        foreach (var row in rows)
        {
            csv.Row(row.Slug, row.Name, string.Join("; ", row.Aliases), row.Kind.ToSlug(), row.Status.ToSlug(), row.Date,
                row.Date is null ? null : DateDisplay.Format(row.Date), row.SummitSlug, string.Join("; ", row.Themes),
                row.SourceCount.ToString(CultureInfo.InvariantCulture), site + SiteLinks.Agreement(row.Slug));
        }
        return Csv(csv, "bharatbrief-agreements.csv");
    }

    /// <summary>UTF-8 with a byte order mark, which spreadsheets need to read "India–Russia" right.</summary>
    private static IResult Csv(CsvWriter csv, string fileName) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", fileName);
}
