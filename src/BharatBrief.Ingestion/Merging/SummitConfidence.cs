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

    /// <summary>
    /// A store whose median meeting is told by this many articles covers its meetings well: there, a meeting that one
    /// article alone tells is far more often a misread date or place than a meeting every other report missed.
    /// </summary>
    private const int MedianArticlesOfAWellCoveredStore = 5;

    private const int ArticlesAWellCoveredMeetingNeeds = 2;

    /// <summary>
    /// How many articles a meeting needs to be shown, given the meetings the store would show: one in a small
    /// collection, where most meetings are told once, and <see cref="ArticlesAWellCoveredMeetingNeeds"/> in a store
    /// whose median meeting is told by <see cref="MedianArticlesOfAWellCoveredStore"/> articles or more.
    /// </summary>
    public static int ArticlesNeeded(IReadOnlyCollection<SummitCluster> meetings)
    {
        if (meetings.Count == 0)
        {
            return 1;
        }
        var median = meetings.Select(meeting => meeting.ArticleCount).Order().ElementAt(meetings.Count / 2);
        return median >= MedianArticlesOfAWellCoveredStore ? ArticlesAWellCoveredMeetingNeeds : 1;
    }

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
