using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// Scores a merged summit by its evidence. It starts sure and loses for each weakness:
/// one source only; a date inferred (counted from an article date the text did not state, taken from a forum's
/// calendar, or the story's own day for a lead that gives none); no date at all; leaders of only one side named; sources that disagree on the date or the place.
/// </summary>
internal static class SummitConfidence
{
    private const double Start = 0.95;
    private const double OneSource = 0.15;
    private const double TwoSources = 0.05;
    private const double DateCountedFromInferredArticleDate = 0.3;
    private const double DateFromForumCalendar = 0.1;
    private const double DateFromTheStoryDay = 0.2;
    private const double NoDate = 0.4;
    private const double OneSideNamed = 0.15;
    private const double SourcesDisagree = 0.15;

    public const string OneSourceNote = "one source";
    public const string DateInferredNote = "date inferred";
    public const string ForumCalendarNote = "date from the forum's calendar";
    public const string StoryDayNote = "date taken from the article's date";
    public const string NoDateNote = "date not known";
    public const string OneSideNote = "leaders of one side named";
    public const string DisagreeNote = "sources disagree";

    /// <summary>Whether the meetings the store would show are told by many articles each (<see cref="StoreCoverage"/>).</summary>
    public static bool IsWellCovered(IReadOnlyCollection<SummitCluster> meetings) => StoreCoverage.IsWellCovered(meetings.Select(meeting => meeting.ArticleCount));

    /// <summary>
    /// A meeting whose shown date no report gives in its own words: counted from an article date that was only guessed,
    /// or the article's own date taken for the meeting's. Where meetings are told many times over, a real one is dated
    /// by some report; one dated only so is most often a meeting told elsewhere, misdated by the guess.
    /// </summary>
    public static bool IsDatedByNoReport(SummitCluster cluster) =>
        cluster.Dates is not null && DatingMember(cluster) is { } dating && !ForumCalendar.IsCalendarDate(dating.Mention.Date)
        && (StoryDay.IsStoryDay(dating.Mention.Date) || IsCountedFromAnInferredArticleDate(dating));

    public static Confidence Of(SummitCluster cluster, IReadOnlyList<string> participants, IReadOnlyList<FieldConflict> conflicts, Func<string, string?> countryOf)
    {
        var score = Start;
        var notes = new List<string>();
        var articles = cluster.Members.Select(member => member.Ref.ArticleId).Distinct().Count();
        if (articles == 1)
        {
            (score, _) = (score - OneSource, 0);
            notes.Add(OneSourceNote);
        }
        else if (articles == 2)
        {
            score -= TwoSources;
        }
        if (cluster.Dates is null)
        {
            score -= NoDate;
            notes.Add(NoDateNote);
        }
        else if (DatingMember(cluster) is { } dating)
        {
            if (ForumCalendar.IsCalendarDate(dating.Mention.Date))
            {
                score -= DateFromForumCalendar;
                notes.Add(ForumCalendarNote);
            }
            else if (StoryDay.IsStoryDay(dating.Mention.Date))
            {
                score -= DateFromTheStoryDay;
                notes.Add(StoryDayNote);
            }
            else if (IsCountedFromAnInferredArticleDate(dating))
            {
                score -= DateCountedFromInferredArticleDate;
                notes.Add(DateInferredNote);
            }
        }
        var countries = participants.Select(countryOf).ToHashSet();
        if (!(countries.Contains("India") && countries.Contains("Russia")))
        {
            score -= OneSideNamed;
            notes.Add(OneSideNote);
        }
        if (conflicts.Any(conflict => conflict.Field is "date" or "start" or "city" or "place"))
        {
            score -= SourcesDisagree;
            notes.Add(DisagreeNote);
        }
        return new Confidence(Math.Round(Math.Clamp(score, 0.05, 1.0), 2), notes);
    }

    /// <summary>
    /// The report whose date the meeting shows, when that date is counted ("on Monday", "last month") from an article
    /// date the text did not state, a date as good as the guess of when the article was written; null when the meeting
    /// has a better one.
    /// </summary>
    public static SourcedSummit? DatedOnlyByInference(SummitCluster cluster) =>
        cluster.Dates is not null && DatingMember(cluster) is { } dating
        && !ForumCalendar.IsCalendarDate(dating.Mention.Date) && !StoryDay.IsStoryDay(dating.Mention.Date) && IsCountedFromAnInferredArticleDate(dating)
            ? dating : null;

    private static bool IsCountedFromAnInferredArticleDate(SourcedSummit member) => member.Mention.Date is { DependsOnAsOf: true } && !member.AsOf.IsStated;

    /// <summary>The member whose date the summit shows: the best-dated one that does not rest on an inferred article date, if any.</summary>
    private static SourcedSummit? DatingMember(SummitCluster cluster)
    {
        SourcedSummit? best = null;
        foreach (var member in cluster.Members)
        {
            if (member.Dates is null || !cluster.Dates!.Start.IsCompatibleWith(member.Dates.Start) || member.Dates.Start.Precision < cluster.Dates.Start.Precision)
            {
                continue;
            }
            if (best is null || Strength(member) > Strength(best))
            {
                best = member;
            }
        }
        return best;
    }

    private static int Strength(SourcedSummit member) =>
        member.Mention.Date is { DependsOnAsOf: false } && !ForumCalendar.IsCalendarDate(member.Mention.Date) ? 3
        : member.AsOf.IsStated ? 2
        : ForumCalendar.IsCalendarDate(member.Mention.Date) ? 1
        : 0;
}
