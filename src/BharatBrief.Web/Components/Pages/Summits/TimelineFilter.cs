using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Filtering;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>The timeline's filters, as they stand in its URL: year range, kind, status, theme, city, page.</summary>
public sealed record TimelineFilter(int? From, int? To, SummitKind? Kind, SummitStatus? Status, string? Theme, string? City, int Page = 1)
{
    public static TimelineFilter Parse(
        string? from, string? to, string? kind, string? status, string? theme, string? city, string? page, QueryProblems problems)
    {
        var first = QueryValues.Year(from, "from", problems);
        var last = QueryValues.Year(to, "to", problems);
        if (first > last)
        {
            problems.Add("to", $"The range ends in {last} before it starts in {first}.");
            last = null;
        }
        return new TimelineFilter(
            first, last,
            QueryValues.SummitKind(kind, problems),
            QueryValues.SummitStatus(status, problems),
            QueryValues.Theme(theme, problems),
            QueryValues.Text(city, "city", problems),
            QueryValues.Page(page, problems));
    }

    /// <summary>These filters with one of them set as a reader chose it in place, read as the address would be; back to the first page.</summary>
    public TimelineFilter With(string parameter, string? value, QueryProblems problems)
    {
        var query = new Dictionary<string, string?>(ToQuery()) { [parameter] = value };
        return Parse(query["from"], query["to"], query["kind"], query["status"], query["theme"], query["city"], null, problems);
    }

    public bool IsFiltered => From is not null || To is not null || Kind is not null || Status is not null || Theme is not null || City is not null;

    public IQueryable<Summit> Apply(IQueryable<Summit> summits)
    {
        // Readers' lists show what the record is reasonably sure of; the rest wait in the editors' review queue.
        summits = summits.Where(summit => summit.Confidence >= BharatBrief.Ingestion.Merging.Confidence.PublicThreshold);
        if (From is int from)
        {
            summits = summits.Where(summit => summit.Year >= from);
        }
        if (To is int to)
        {
            summits = summits.Where(summit => summit.Year <= to);
        }
        if (Kind is { } kind)
        {
            summits = summits.Where(summit => summit.Kind == kind);
        }
        if (Status is { } status)
        {
            summits = summits.Where(summit => summit.Status == status);
        }
        if (Theme is { } theme)
        {
            summits = summits.Where(summit => summit.Themes.Any(link => link.ThemeSlug == theme));
        }
        if (City is { } city)
        {
            summits = summits.Where(summit => summit.City != null && EF.Functions.Collate(summit.City, "NOCASE") == city);
        }
        return summits;
    }

    /// <summary>The filters as query parameters (without the page), for links and downloads that keep them.</summary>
    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["from"] = From?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["kind"] = Kind?.ToSlug(),
        ["status"] = Status?.ToSlug(),
        ["theme"] = Theme,
        ["city"] = City,
    };
}
