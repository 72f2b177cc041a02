using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// Links an article's sentence mentions into events. The first meeting the article names is its main event; a bare
/// "the visit" points to the meeting named in the same or the previous sentence when it fits, else to the main one;
/// a mention with features joins the event it fits best, or starts a new one.
/// </summary>
internal sealed class EventLinker(Gazetteers.Gazetteer gazetteer, bool asOfStatesTheDay = false)
{
    private readonly List<ArticleEvent> _events = [];
    private ArticleEvent? _lastTouched;

    public IReadOnlyList<ArticleEvent> Events => _events;

    public ArticleEvent? Main => _events.Count > 0 ? _events[0] : null;

    /// <summary>The year the article must have been written in, when a relative and an absolute date of one meeting tell it.</summary>
    public int? ImpliedAsOfYear { get; private set; }

    public void Link(SentenceMention mention, PartialDate? asOf, bool asOfIsLowerBound)
    {
        var target = mention.IsAnaphor || !mention.HasFeatures
            ? ForAnaphor(mention, asOf, asOfIsLowerBound)
            : BestFit(mention, asOf, asOfIsLowerBound);
        if (target is null)
        {
            if (mention.IsAnaphor)
            {
                return;
            }
            target = new ArticleEvent(mention);
            _events.Add(target);
        }
        else
        {
            target.Add(mention);
        }
        _lastTouched = target;
    }

    /// <summary>
    /// The event a bare "the visit" points to: the one just spoken of, else the main one, else the latest that fits;
    /// among those, one whose tense agrees comes first ("the visit resulted in" looks back to a held meeting).
    /// </summary>
    private ArticleEvent? ForAnaphor(SentenceMention mention, PartialDate? asOf, bool asOfIsLowerBound)
    {
        var candidates = new List<ArticleEvent>();
        var recent = _lastTouched is { } last && mention.SentenceIndex - last.LastSentence <= RecentSentences ? last : null;
        if (recent is not null)
        {
            candidates.Add(recent);
        }
        if (Main is { } main)
        {
            candidates.Add(main);
        }
        candidates.AddRange(Enumerable.Reverse(_events));
        var fitting = candidates.Where(candidate => EventMatcher.Assess(candidate, mention, asOf, asOfIsLowerBound, gazetteer).IsCompatible).ToList();
        // "The meeting will be closely watched", paragraphs after the last held meeting was told: a tense no meeting
        // shares points at none of them, unless at the one just spoken of.
        return fitting.FirstOrDefault(candidate => TenseAgrees(candidate, mention)) ?? (recent is not null && fitting.Contains(recent) ? recent : null);
    }

    private const int RecentSentences = 2;

    /// <summary>
    /// "Putin has had a telephone conversation with Modi, the Kremlin reported on Wednesday" under a dateline that gives
    /// the day: the undated meeting the lead reports is that day's news, and "they spoke by phone on August 28, 2023",
    /// months before, is another call. Only calls: a visit the lead recalls may be dated later ("Modi's visit to Moscow
    /// … The visit was for the 22nd annual summit"), and one told in general ("Modi has visited Russia often") is not
    /// one day's news.
    /// </summary>
    private bool IsTheLeadsNewsOfTheDay(ArticleEvent candidate) =>
        asOfStatesTheDay && ReferenceEquals(candidate, Main) && candidate.Dated.Count == 0 && !candidate.HasStatus(MentionStatus.Planned)
        && candidate.Mentions[0].SentenceIndex <= AsOf.AsOfExtractor.LeadSentences;

    private const int DaysOfTheNews = 7;

    private static bool IsWeeksBefore(SentenceMention mention, PartialDate? asOf) =>
        mention.Date is { } date && asOf is { Precision: DatePrecision.Day } day
        && DateResolver.Resolve(date.Expression, asOf, mention.DateOrientation) is { } range
        && (range.End ?? range.Start).LastDay.DayNumber < day.FirstDay.DayNumber - DaysOfTheNews;

    private static bool TenseAgrees(ArticleEvent candidate, SentenceMention mention) => mention.Status switch
    {
        MentionStatus.Held => candidate.IsCurrent || candidate.HasStatus(MentionStatus.Held),
        MentionStatus.Planned => candidate.IsCurrent || candidate.HasStatus(MentionStatus.Planned),
        _ => true,
    };

    private ArticleEvent? BestFit(SentenceMention mention, PartialDate? asOf, bool asOfIsLowerBound)
    {
        ArticleEvent? best = null;
        var bestScore = -1;
        int? bestImplied = null;
        foreach (var candidate in _events)
        {
            if (mention.IsSetAgainstEarlierWord && candidate.LastSentence == mention.SentenceIndex)
            {
                continue;
            }
            if (IsTheLeadsNewsOfTheDay(candidate) && candidate.Kind == SummitKind.PhoneCall && mention.Kind == SummitKind.PhoneCall && IsWeeksBefore(mention, asOf))
            {
                continue;
            }
            var fit = EventMatcher.Assess(candidate, mention, asOf, asOfIsLowerBound, gazetteer);
            // Ties go to the earlier event: the article's main meeting is named first.
            if (fit.IsCompatible && fit.Score > bestScore)
            {
                (best, bestScore, bestImplied) = (candidate, fit.Score, fit.ImpliedAsOfYear);
            }
        }
        if (best is not null && bestImplied is not null)
        {
            ImpliedAsOfYear = Math.Max(ImpliedAsOfYear ?? 0, bestImplied.Value);
        }
        return best;
    }

    /// <summary>
    /// Reads the article as a whole: two events the sentences kept apart that name one meeting — the same number
    /// ("an official visit from 31 May to 2 June" under "the 18th Annual Summit" and "held the 18th summit on 1 June"),
    /// the same forum in the same month — become one, with all the sentences of both.
    /// </summary>
    public void MergeSameMeetings(PartialDate? asOf, Gazetteers.Gazetteer gazetteer)
    {
        for (var i = 0; i < _events.Count; i++)
        {
            for (var j = i + 1; j < _events.Count; j++)
            {
                if (NameOneMeeting(_events[i], _events[j], asOf) || DuringForumSummit(_events[i], _events[j], asOf, gazetteer)
                    || DuringForumSummit(_events[j], _events[i], asOf, gazetteer))
                {
                    foreach (var mention in _events[j].Mentions)
                    {
                        _events[i].Add(mention);
                    }
                    _events.RemoveAt(j);
                    j = i;
                }
            }
        }
    }

    private const int SameMeetingDays = 7;

    /// <summary>
    /// A live blog from the BRICS summit in Kazan, and "Modi held a bilateral meeting with Putin on Tuesday": a meeting of
    /// the leaders on a day of the forum's summit, in its city or in none, is the meeting on its sidelines.
    /// </summary>
    private static bool DuringForumSummit(ArticleEvent forumEvent, ArticleEvent other, PartialDate? asOf, Gazetteers.Gazetteer gazetteer)
    {
        if (forumEvent.Forum is not { } forum || forumEvent.City is not { } city || other.Kind == SummitKind.PhoneCall
            || other.Ordinal is not null || (other.City is not null && other.City.Name != city.Name) || (other.Forum is not null && other.Forum != forum)
            || other.HasStatus(MentionStatus.Cancelled) || other.MostPreciseStart(asOf) is not { Precision: DatePrecision.Day } day
            || gazetteer.FindEdition(forum, city.Name, asOf?.LastDay) is not { } edition)
        {
            return false;
        }
        return day.FirstDay >= edition.Start && day.FirstDay <= edition.End;
    }

    private static bool NameOneMeeting(ArticleEvent a, ArticleEvent b, PartialDate? asOf)
    {
        if (!SummitKinds.AreCompatible(a.Kind, a.City?.Name, b.Kind, b.City?.Name)
            || (a.HostCountry is not null && b.HostCountry is not null && a.HostCountry != b.HostCountry)
            || (a.City is not null && b.City is not null && a.City.Name != b.City.Name)
            || (a.Ordinal is not null && b.Ordinal is not null && a.Ordinal != b.Ordinal)
            || (a.Forum is not null && b.Forum is not null && a.Forum != b.Forum)
            || ArticleEvent.AreForumAndAnnual(a.SaysAnnual, a.AtALeadersForum, b.SaysAnnual, b.AtALeadersForum)
            || a.HasStatus(MentionStatus.Cancelled) != b.HasStatus(MentionStatus.Cancelled))
        {
            return false;
        }
        var sameNumber = a.Ordinal is not null && a.Ordinal == b.Ordinal;
        if (!sameNumber && ((a.HasStrongPlanned && b.HasStrongHeld) || (a.HasStrongHeld && b.HasStrongPlanned)))
        {
            return false;
        }
        var sameForum = a.Forum is not null && a.Forum == b.Forum;
        var (startA, startB) = (a.MostPreciseStart(asOf), b.MostPreciseStart(asOf));
        // The same two leaders meeting on the same day, as one article tells it, is one meeting.
        var sameDay = a.Kind != SummitKind.PhoneCall && b.Kind != SummitKind.PhoneCall
            && startA is { Precision: DatePrecision.Day } dayA && startB is { Precision: DatePrecision.Day } dayB && dayA == dayB;
        if (!sameNumber && !sameForum && !sameDay)
        {
            return false;
        }
        if (startA is null || startB is null)
        {
            return sameNumber;
        }
        if (startA.Value.IsCompatibleWith(startB.Value))
        {
            return true;
        }
        return startA.Value.Precision == DatePrecision.Day && startB.Value.Precision == DatePrecision.Day
            && Math.Abs(startA.Value.FirstDay.DayNumber - startB.Value.FirstDay.DayNumber) <= SameMeetingDays;
    }
}
