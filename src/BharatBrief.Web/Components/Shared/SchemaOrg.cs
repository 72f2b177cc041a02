using System.Text.Json.Nodes;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Web.Components.Shared;

/// <summary>The schema.org things the pages describe themselves with (<see cref="StructuredData"/>). Unknown values are left out, never guessed.</summary>
public static class SchemaOrg
{
    private const string Context = "https://schema.org";

    /// <summary>The home page: the site, and how to search it.</summary>
    public static JsonObject WebSite(string site) => new()
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = "BharatBrief",
        ["url"] = site + "/",
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = site + "/search?q={search_term_string}",
            },
            ["query-input"] = "required name=search_term_string",
        },
    };

    /// <summary>An article: its headline and its date at the precision known. The store keeps no author or publisher, so neither is said.</summary>
    public static JsonObject NewsArticle(string url, string headline, string? description, string? published) => WithoutNulls(new()
    {
        ["@context"] = Context,
        ["@type"] = "NewsArticle",
        ["headline"] = headline,
        ["description"] = description,
        ["datePublished"] = published,
        ["url"] = url,
        ["mainEntityOfPage"] = url,
    });

    /// <summary>
    /// A summit as an event. Dates at the precision known; a held summit is <c>EventScheduled</c> (schema.org: it took place
    /// as scheduled), a cancelled one <c>EventCancelled</c>.
    /// </summary>
    public static JsonObject Event(
        string url, string name, string? description, string? start, string? end, SummitStatus status, string? venue, string? city, string? country) => WithoutNulls(new()
    {
        ["@context"] = Context,
        ["@type"] = "Event",
        ["name"] = name,
        ["description"] = description,
        ["url"] = url,
        ["startDate"] = start,
        ["endDate"] = end,
        ["eventStatus"] = status == SummitStatus.Cancelled ? Context + "/EventCancelled" : Context + "/EventScheduled",
        ["eventAttendanceMode"] = Context + "/OfflineEventAttendanceMode",
        ["location"] = city is null && country is null && venue is null ? null : WithoutNulls(new()
        {
            ["@type"] = "Place",
            ["name"] = venue ?? city ?? country,
            ["address"] = city is null && country is null ? null : WithoutNulls(new()
            {
                ["@type"] = "PostalAddress",
                ["addressLocality"] = city,
                ["addressCountry"] = country,
            }),
        }),
    });

    /// <summary>The trail from the home page to a detail page: each step a name and an absolute address, the page last.</summary>
    public static JsonObject BreadcrumbList(string site, params (string Name, string Path)[] steps)
    {
        var items = new JsonArray();
        for (var index = 0; index < steps.Length; index++)
        {
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = index + 1,
                ["name"] = steps[index].Name,
                ["item"] = site + steps[index].Path,
            });
        }
        return new JsonObject { ["@context"] = Context, ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    /// <summary>Several things in one script.</summary>
    public static JsonObject Graph(params JsonObject[] things)
    {
        var graph = new JsonArray();
        foreach (var thing in things)
        {
            thing.Remove("@context");
            graph.Add(thing);
        }
        return new JsonObject { ["@context"] = Context, ["@graph"] = graph };
    }

    private static JsonObject WithoutNulls(JsonObject thing)
    {
        foreach (var name in thing.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            thing.Remove(name);
        }
        return thing;
    }
}
