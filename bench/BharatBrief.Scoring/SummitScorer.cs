namespace BharatBrief.Scoring;

/// <summary>How the store's summits compare with the calendar's meetings.</summary>
public sealed record SummitScore(
    int Summits,
    int Meetings,
    int Matched,
    int FitAny,
    int Undated,
    int UnreadableDate,
    int OutsideYears,
    int FirstYear,
    int LastYear,
    int KindAgrees,
    int StatusAgrees,
    IReadOnlyDictionary<string, int> StoreByKind,
    IReadOnlyDictionary<string, int> TruthByKind,
    IReadOnlyDictionary<string, int> MatchedByTruthKind,
    IReadOnlyDictionary<DatePrecision, int> StoreByPrecision,
    IReadOnlyList<ExportSummit> Unmatched,
    IReadOnlyList<CalendarMeeting> Missed)
{
    public double Precision => Summits == 0 ? 0 : (double)Matched / Summits;

    public double Recall => Meetings == 0 ? 0 : (double)Matched / Meetings;

    /// <summary>Precision counting only the summits that have a readable date.</summary>
    public double DatedPrecision => Summits - Undated - UnreadableDate == 0 ? 0 : (double)Matched / (Summits - Undated - UnreadableDate);
}

/// <summary>
/// Pairs summits with meetings one to one. A summit may stand for a meeting when all three hold:
/// <list type="bullet">
/// <item>its start (or, without one, its end) fits the meeting's dates at the summit's precision — the same year,
/// the same month, or a day from the day before the meeting starts to the day after it ends;</item>
/// <item>its kind is compatible: the bilateral kinds (annual summit, state visit, informal summit) with one another,
/// multilateral with multilateral, a phone call only with a phone call, and the generic "meeting" with any meeting
/// in person;</item>
/// <item>its place does not contradict the meeting's: the same city when both name one, else the same country
/// when both name one; a side with no place contradicts nothing.</item>
/// </list>
/// Among the pairings allowed, the largest one-to-one set is taken (a meeting split into three summits counts once;
/// the other two are false positives), preferring day-precise summits and, for each, the same kind and nearest date.
/// A summit dated only to the year can stand for any compatible meeting of that year, so the strict reading, where
/// only summits dated to the day can, bounds the figures from below.
/// </summary>
public static class SummitScorer
{
    public const int DayTolerance = 1;

    private static readonly string[] Bilateral = ["AnnualSummit", "StateVisit", "InformalSummit"];

    /// <param name="dayPrecisionOnly">Let only summits dated to the day stand for a meeting: the strict reading.</param>
    public static SummitScore Score(IReadOnlyList<ExportSummit> summits, IReadOnlyList<CalendarMeeting> meetings, bool dayPrecisionOnly = false)
    {
        var firstYear = meetings.Count == 0 ? 0 : meetings.Min(meeting => meeting.Start.Year);
        var lastYear = meetings.Count == 0 ? 0 : meetings.Max(meeting => meeting.End.Year);
        var dates = summits.Select(summit => PartialDate.Parse(summit.Start) ?? PartialDate.Parse(summit.End)).ToArray();
        var candidates = new List<IReadOnlyList<int>>(summits.Count);
        var fitAny = 0;
        for (var i = 0; i < summits.Count; i++)
        {
            var fitting = dayPrecisionOnly && dates[i]?.Precision != DatePrecision.Day ? [] : Candidates(summits[i], dates[i], meetings);
            fitAny += fitting.Count > 0 ? 1 : 0;
            candidates.Add(fitting);
        }
        var order = Enumerable.Range(0, summits.Count).OrderByDescending(i => dates[i]?.Precision ?? DatePrecision.Year);
        var pairs = BipartiteMatching.Match(candidates, meetings.Count, order);

        var matchedByTruthKind = new Dictionary<string, int>();
        int matched = 0, kindAgrees = 0, statusAgrees = 0;
        for (var i = 0; i < summits.Count; i++)
        {
            if (pairs[i] < 0)
            {
                continue;
            }
            var meeting = meetings[pairs[i]];
            var kind = Documents.Slug(meeting.Kind);
            matched++;
            matchedByTruthKind[kind] = matchedByTruthKind.GetValueOrDefault(kind) + 1;
            kindAgrees += string.Equals(summits[i].Kind, kind, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            statusAgrees += string.Equals(summits[i].Status, meeting.Status, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return new SummitScore(
            summits.Count,
            meetings.Count,
            matched,
            fitAny,
            Undated: summits.Count(summit => string.IsNullOrWhiteSpace(summit.Start) && string.IsNullOrWhiteSpace(summit.End)),
            UnreadableDate: summits.Where((summit, i) => dates[i] is null && !(string.IsNullOrWhiteSpace(summit.Start) && string.IsNullOrWhiteSpace(summit.End))).Count(),
            OutsideYears: dates.Count(date => date is { } d && (d.Year < firstYear || d.Year > lastYear)),
            firstYear,
            lastYear,
            kindAgrees,
            statusAgrees,
            Count(summits.Select(summit => summit.Kind ?? "(none)")),
            Count(meetings.Select(meeting => Documents.Slug(meeting.Kind))),
            matchedByTruthKind,
            dates.Where(date => date is not null).GroupBy(date => date!.Value.Precision).ToDictionary(group => group.Key, group => group.Count()),
            summits.Where((_, i) => pairs[i] < 0).ToArray(),
            meetings.Where((_, m) => !pairs.Contains(m)).ToArray());
    }

    /// <summary>The meetings a summit may stand for, the same kind first, then the nearest in time.</summary>
    public static IReadOnlyList<int> Candidates(ExportSummit summit, PartialDate? date, IReadOnlyList<CalendarMeeting> meetings)
    {
        if (date is not { } when)
        {
            return [];
        }
        return Enumerable.Range(0, meetings.Count)
            .Where(m => when.Fits(meetings[m].Start, meetings[m].End, DayTolerance) && KindFits(summit.Kind, meetings[m].Kind) && PlaceFits(summit, meetings[m]))
            .OrderBy(m => string.Equals(summit.Kind, Documents.Slug(meetings[m].Kind), StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(m => when.DistanceInDays(meetings[m].Start, meetings[m].End))
            .ToArray();
    }

    public static bool KindFits(string? storeKind, string truthKind) => storeKind switch
    {
        "annual-summit" or "state-visit" or "informal-summit" => Bilateral.Contains(truthKind),
        "multilateral" => truthKind == "Multilateral",
        "phone-call" => truthKind == "PhoneCall",
        "meeting" or null => truthKind != "PhoneCall",
        _ => false,
    };

    public static bool PlaceFits(ExportSummit summit, CalendarMeeting meeting)
    {
        if (!string.IsNullOrWhiteSpace(summit.City) && !string.IsNullOrWhiteSpace(meeting.City))
        {
            return string.Equals(summit.City.Trim(), meeting.City.Trim(), StringComparison.OrdinalIgnoreCase);
        }
        if (!string.IsNullOrWhiteSpace(summit.Country) && !string.IsNullOrWhiteSpace(meeting.Country))
        {
            return string.Equals(summit.Country.Trim(), meeting.Country.Trim(), StringComparison.OrdinalIgnoreCase);
        }
        return true;
    }

    private static Dictionary<string, int> Count(IEnumerable<string> keys) =>
        keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);
}
