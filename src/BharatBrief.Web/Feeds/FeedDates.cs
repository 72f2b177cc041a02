using System.Globalization;

namespace BharatBrief.Web.Feeds;

/// <summary>The dates feeds give an article: its own published date when known to the day, else when it was ingested or changed here.</summary>
internal static class FeedDates
{
    /// <summary>Midnight UTC of the published day; null when the date is unknown or known only to the month or year, which a feed's timestamp would overstate.</summary>
    public static DateTime? PublishedDay(string? publishedOn) =>
        DateOnly.TryParseExact(publishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : null;
}
