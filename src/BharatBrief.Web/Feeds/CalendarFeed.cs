using System.Globalization;
using BharatBrief.Data;
using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;
using BharatBrief.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Web.Feeds;

/// <summary>
/// An iCalendar feed of planned summits as all-day events that span exactly what their date is known to: a day or
/// days, a whole month ("July 2025"), a whole year. Never a made-up day.
/// </summary>
internal static class CalendarFeed
{
    public static async Task WriteAsync(HttpContext context, IDbContextFactory<BharatBriefDbContext> contexts, TimeProvider time)
    {
        var cancellation = context.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var summits = await db.Summits.AsNoTracking()
            .Where(summit => summit.Status == SummitStatus.Planned && summit.Start != null
                && summit.Confidence >= BharatBrief.Ingestion.Merging.Confidence.PublicThreshold)
            .OrderBy(summit => summit.StartsOn).ThenBy(summit => summit.Id)
            .Select(summit => new { summit.Slug, summit.Title, summit.Start, summit.End, summit.City, summit.Country, summit.Venue })
            .ToListAsync(cancellation);
        var site = SiteAddress.Of(context.Request);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

        var calendar = new ICalendarText()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//BharatBrief//Planned summits//EN")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", "BharatBrief: planned India–Russia summits");
        foreach (var summit in summits)
        {
            if (!PartialDate.TryParse(summit.Start, out var start))
            {
                continue;
            }
            var last = PartialDate.TryParse(summit.End, out var end) ? end.LastDay : start.LastDay;
            var url = site + SiteLinks.Summit(summit.Slug);
            var place = string.Join(", ", new[] { summit.Venue, summit.City, summit.Country }.Where(part => part is not null).Distinct());
            calendar
                .Line("BEGIN", "VEVENT")
                .Line("UID", $"summit-{summit.Slug}@bharatbrief")
                .Line("DTSTAMP", stamp)
                .Line("DTSTART;VALUE=DATE", start.FirstDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture))
                // All-day events end on the day after their last day.
                .Line("DTEND;VALUE=DATE", last.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture))
                .Text("SUMMARY", summit.Title)
                .Text("DESCRIPTION", $"Planned. Date {DateDisplay.Precision(summit.End ?? summit.Start)}: {DateDisplay.Format(summit.Start, summit.End)}. {url}")
                .Line("URL", url)
                .Line("STATUS", "TENTATIVE")
                .Line("TRANSP", "TRANSPARENT");
            if (place.Length > 0)
            {
                calendar.Text("LOCATION", place);
            }
            calendar.Line("END", "VEVENT");
        }
        calendar.Line("END", "VCALENDAR");

        context.Response.ContentType = "text/calendar; charset=utf-8";
        await context.Response.WriteAsync(calendar.ToString(), cancellation);
    }
}
