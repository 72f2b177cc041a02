using System.Globalization;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>How far the time axis is zoomed: the whole record in decades, five years, two years by quarter, one year by month.</summary>
public enum TimelineZoom
{
    Decades,
    Years,
    Quarters,
    Months,
}

/// <summary>
/// What part of the time axis is shown and which summit is chosen, as it stands in the URL (<c>zoom</c>, <c>at</c>,
/// <c>summit</c>), so that a reload or a shared link shows the same view. A view that cannot be read is no error: the
/// reader gets the whole record, which is what the page shows without one.
/// </summary>
public sealed record TimelineView(TimelineZoom Zoom = TimelineZoom.Decades, DateOnly? At = null, string? Summit = null)
{
    public static readonly TimelineView Whole = new();

    public static TimelineView Parse(string? zoom, string? at, string? summit)
    {
        var level = Enum.GetValues<TimelineZoom>().FirstOrDefault(value => string.Equals(Slug(value), zoom?.Trim(), StringComparison.OrdinalIgnoreCase));
        DateOnly? centre = DateOnly.TryParseExact(at?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        var chosen = string.IsNullOrWhiteSpace(summit) || summit.Length > 200 ? null : summit.Trim();
        return new TimelineView(level, level == TimelineZoom.Decades ? null : centre, chosen);
    }

    public static string Slug(TimelineZoom zoom) => zoom.ToString().ToLowerInvariant();

    /// <summary>The view's query parameters, each left out where it says what the page shows without it.</summary>
    public (string Key, string? Value)[] ToQuery() =>
    [
        ("zoom", Zoom == TimelineZoom.Decades ? null : Slug(Zoom)),
        ("at", Zoom == TimelineZoom.Decades || At is null ? null : At.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("summit", Summit),
    ];
}
