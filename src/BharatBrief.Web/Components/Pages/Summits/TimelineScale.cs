using System.Globalization;

namespace BharatBrief.Web.Components.Pages.Summits;

/// <summary>
/// The time axis for one view: which days it spans, where each dated summit falls on it (and over which days, when its
/// date is known only to the month or the year), on which lane markers that would overlap are put, and its ticks.
/// Positions are in the drawing's own units, <see cref="Width"/> wide.
/// </summary>
public sealed class TimelineScale
{
    public const double Width = 960;
    public const double Margin = 24;
    public const double LaneHeight = 26;
    public const int MaxLanes = 5;

    // Markers closer than this share a lane only by overlapping: a marker is 16 units across.
    private const double MarkerSpacing = 20;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private TimelineScale(TimelineView view, IReadOnlyList<TimelineMark> dated, DateOnly start, DateOnly end)
    {
        View = view;
        Dated = dated;
        Start = start;
        End = end;
        Placed = Place();
        Lanes = Math.Max(1, Placed.Count == 0 ? 1 : Placed.Max(mark => mark.Lane) + 1);
    }

    public TimelineView View { get; }

    /// <summary>Every summit with a date, in time order: the arrow keys walk them, shown or not.</summary>
    public IReadOnlyList<TimelineMark> Dated { get; }

    /// <summary>The first day shown.</summary>
    public DateOnly Start { get; }

    /// <summary>The day after the last day shown.</summary>
    public DateOnly End { get; }

    /// <summary>The summits within the view, with their positions.</summary>
    public IReadOnlyList<PlacedMark> Placed { get; }

    public int Lanes { get; }

    /// <summary>Where the axis line is drawn: below the lanes of markers.</summary>
    public double AxisY => 12 + Lanes * LaneHeight;

    public double Height => AxisY + 36;

    /// <summary>The period shown, as a reader says it ("2014 – 2023", "January – December 2024").</summary>
    public string RangeLabel
    {
        get
        {
            var last = End.AddDays(-1);
            return View.Zoom switch
            {
                TimelineZoom.Decades or TimelineZoom.Years => $"{Start.Year} – {last.Year}",
                _ when Start.Year == last.Year => $"{MonthName(Start)} – {MonthName(last)} {last.Year}",
                _ => $"{MonthName(Start)} {Start.Year} – {MonthName(last)} {last.Year}",
            };
        }
    }

    /// <summary>The scale for <paramref name="view"/> over <paramref name="marks"/>; null when no summit has a date.</summary>
    public static TimelineScale? For(IEnumerable<TimelineMark> marks, TimelineView view)
    {
        List<TimelineMark> dated = [.. marks.Where(mark => mark.FirstDay is not null).OrderBy(mark => mark.FirstDay).ThenBy(mark => mark.Id)];
        if (dated.Count == 0)
        {
            return null;
        }
        var (first, last) = Extent(dated);
        if (view.Zoom == TimelineZoom.Decades)
        {
            return new TimelineScale(view with { At = null }, dated, first, last);
        }
        var span = Span(view.Zoom);
        var centre = Clamp(view.At ?? Middle(dated.FirstOrDefault(mark => mark.Slug == view.Summit)) ?? Midpoint(first, last), first, last);
        var start = centre.AddDays(-span / 2);
        return new TimelineScale(view with { At = centre }, dated, start, start.AddDays(span));
    }

    /// <summary>Where a day falls across the drawing.</summary>
    public double X(DateOnly day) => Margin + (day.DayNumber - Start.DayNumber) * (Width - 2 * Margin) / (End.DayNumber - Start.DayNumber);

    public bool Shows(TimelineMark mark) => mark.FirstDay is { } first && mark.LastDay is { } last && last >= Start && first < End;

    /// <summary>The view one step closer, centred on the chosen summit when it is in sight.</summary>
    public TimelineView ZoomedIn()
    {
        if (View.Zoom == TimelineZoom.Months)
        {
            return View;
        }
        var chosen = Dated.FirstOrDefault(mark => mark.Slug == View.Summit);
        var centre = chosen is not null && Shows(chosen) ? Middle(chosen) : Midpoint(Start, End);
        return View with { Zoom = View.Zoom + 1, At = centre };
    }

    public TimelineView ZoomedOut() => View.Zoom switch
    {
        TimelineZoom.Decades => View,
        TimelineZoom.Years => View with { Zoom = TimelineZoom.Decades, At = null },
        _ => View with { Zoom = View.Zoom - 1, At = Midpoint(Start, End) },
    };

    public TimelineView ZoomedTo(TimelineZoom zoom) => zoom == View.Zoom ? View
        : zoom == TimelineZoom.Decades ? View with { Zoom = zoom, At = null }
        : View with { Zoom = zoom, At = Midpoint(Start, End) };

    /// <summary>Half a view earlier (negative) or later; the whole record shown has nowhere to move.</summary>
    public TimelineView Panned(int halves) => View.Zoom == TimelineZoom.Decades ? View
        : View with { At = Midpoint(Start, End).AddDays(halves * Span(View.Zoom) / 2) };

    public bool CanPanEarlier => View.Zoom != TimelineZoom.Decades && Start > Extent(Dated).First;

    public bool CanPanLater => View.Zoom != TimelineZoom.Decades && End <= Extent(Dated).Last;

    /// <summary>The view with <paramref name="mark"/> chosen, moved to bring it into sight if it is not.</summary>
    public TimelineView Choosing(TimelineMark mark) => Shows(mark) && Middle(mark) is { } middle && middle >= Start && middle < End
        ? View with { Summit = mark.Slug }
        : View with { Summit = mark.Slug, At = View.Zoom == TimelineZoom.Decades ? null : Middle(mark) };

    /// <summary>The ticks of the axis: decades or years, quarters or months, as the zoom asks, each with its label.</summary>
    public IEnumerable<Tick> Ticks()
    {
        switch (View.Zoom)
        {
            case TimelineZoom.Decades:
                var years = End.Year - Start.Year;
                var step = years <= 12 ? 1 : years <= 30 ? 5 : 10;
                for (var year = Start.Year; year < End.Year || (year == End.Year && End == new DateOnly(year, 1, 1)); year += step)
                {
                    yield return new Tick(X(new DateOnly(year, 1, 1)), year.ToString(CultureInfo.InvariantCulture), true);
                }
                break;
            case TimelineZoom.Years:
                for (var year = Start.Year + 1; year <= End.Year; year++)
                {
                    yield return new Tick(X(new DateOnly(year, 1, 1)), year.ToString(CultureInfo.InvariantCulture), true);
                }
                break;
            default:
                var months = View.Zoom == TimelineZoom.Quarters ? 3 : 1;
                var day = new DateOnly(Start.Year, 1, 1);
                while (day < Start)
                {
                    day = day.AddMonths(months);
                }
                for (; day < End; day = day.AddMonths(months))
                {
                    yield return new Tick(X(day), day.Month == 1 ? $"{ShortMonth(day)} {day.Year}" : ShortMonth(day), day.Month == 1);
                }
                break;
        }
    }

    /// <summary>Summits before the first shown and after the last, for the reader told where the rest are.</summary>
    public (int Earlier, int Later) Outside() => (
        Dated.Count(mark => mark.LastDay < Start),
        Dated.Count(mark => mark.FirstDay >= End));

    private List<PlacedMark> Place()
    {
        var laneEnds = new double[MaxLanes];
        Array.Fill(laneEnds, double.NegativeInfinity);
        var placed = new List<PlacedMark>();
        foreach (var mark in Dated.Where(Shows))
        {
            var from = X(Max(mark.FirstDay!.Value, Start));
            var to = X(Min(mark.LastDay!.Value.AddDays(1), End));
            var x = X(Middle(mark)!.Value);
            var lane = Array.FindIndex(laneEnds, end => x - end >= MarkerSpacing);
            // With every lane taken, the marker goes where it overlaps least: on the lane that ended longest ago.
            lane = lane >= 0 ? lane : Array.IndexOf(laneEnds, laneEnds.Min());
            laneEnds[lane] = x;
            placed.Add(new PlacedMark(mark, Math.Clamp(x, Margin / 2, Width - Margin / 2), from, to, 12 + lane * LaneHeight + LaneHeight / 2, lane));
        }
        return placed;
    }

    // The whole record in decades: from the start of the first summit's decade to the end of the last one's.
    private static (DateOnly First, DateOnly Last) Extent(IReadOnlyList<TimelineMark> dated)
    {
        var first = dated.Min(mark => mark.FirstDay!.Value).Year / 10 * 10;
        var last = (dated.Max(mark => mark.LastDay!.Value).Year / 10 + 1) * 10;
        return (new DateOnly(first, 1, 1), new DateOnly(last, 1, 1));
    }

    private static int Span(TimelineZoom zoom) => zoom switch
    {
        TimelineZoom.Years => 1826,
        TimelineZoom.Quarters => 731,
        _ => 366,
    };

    private static DateOnly? Middle(TimelineMark? mark) =>
        mark?.FirstDay is { } first && mark.LastDay is { } last ? Midpoint(first, last.AddDays(1)) : null;

    private static DateOnly Midpoint(DateOnly from, DateOnly to) => DateOnly.FromDayNumber((from.DayNumber + to.DayNumber) / 2);

    private static DateOnly Clamp(DateOnly day, DateOnly first, DateOnly last) => day < first ? first : day > last ? last : day;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string MonthName(DateOnly day) => English.DateTimeFormat.GetMonthName(day.Month);

    private static string ShortMonth(DateOnly day) => English.DateTimeFormat.GetAbbreviatedMonthName(day.Month);
}

/// <summary>A summit on the axis: where its marker is, the days its date may cover, and its lane.</summary>
public sealed record PlacedMark(TimelineMark Mark, double X, double From, double To, double Y, int Lane);

/// <summary>A tick on the axis; major ticks (years, or January) are drawn longer.</summary>
public sealed record Tick(double X, string Label, bool Major);
