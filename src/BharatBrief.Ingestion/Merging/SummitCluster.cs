using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Extractors.Summits;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>
/// The mentions gathered for one real meeting while clustering, and what they say together. The summary is kept up
/// to date as members join: a popular meeting gathers thousands of mentions, and every candidate is checked against it.
/// </summary>
internal sealed class SummitCluster
{
    private readonly List<SourcedSummit> _members = [];
    private readonly HashSet<int> _articles = [];
    // Made when a member first gives a value: most clusters at a large store are single mentions that give few of
    // them, and an empty collection per field and cluster was a large part of what merging held.
    private Dictionary<string, int>? _cities;
    private Dictionary<string, int>? _credibleCities;
    private Dictionary<string, int>? _credibleCountries;
    private bool _hasCredibleMember;
    private Dictionary<string, int>? _venues;
    private Dictionary<string, int>? _countries;
    private Dictionary<string, int>? _forums;
    private Dictionary<int, int>? _ordinals;
    private HashSet<string>? _participants;
    private readonly Dictionary<SummitKind, int> _kinds = [];
    private readonly HashSet<SummitStatus> _statuses = [];

    public SummitCluster(SourcedSummit first)
    {
        Kind = first.Mention.Kind;
        IsFeaturelessSingleton = first.IsFeatureless;
        Add(first);
        IsFeaturelessSingleton = first.IsFeatureless;
    }

    public IReadOnlyList<SourcedSummit> Members => _members;

    public SummitKind Kind { get; private set; }

    public string? Forum => MostCommon(_forums);

    /// <summary>
    /// The kind to show. The most specific kind any report gives, unless more reports place the meeting at a forum's
    /// summit than call it the annual summit or a visit: a leaders' meeting at BRICS that a few reports took for the
    /// annual summit held in the same city is the forum's.
    /// </summary>
    public SummitKind ShownKind =>
        Kind == SummitKind.AnnualSummit && Forum is not null
            && _kinds.GetValueOrDefault(SummitKind.Multilateral) > _kinds.GetValueOrDefault(SummitKind.AnnualSummit) + _kinds.GetValueOrDefault(SummitKind.StateVisit)
                + _kinds.GetValueOrDefault(SummitKind.InformalSummit)
            ? SummitKind.Multilateral
            : SummitKinds.Shown(Kind, Forum);

    /// <summary>The number most members give: a report that numbers the meeting wrongly is outvoted, and kept as a conflict.</summary>
    public int? Ordinal => _ordinals is null || _ordinals.Count == 0 ? null : _ordinals.MaxBy(vote => vote.Value).Key;

    /// <summary>
    /// The city most of its credible reports give (<see cref="SourcedSummit.PlacesCredibly"/>). When reports that date
    /// the meeting on their own name no city, a city named only by reports whose date was counted from a guessed story
    /// date does not place it: those are often a recalled visit elsewhere, misdated into this one ("Putin landed in
    /// Chennai today" under a dateline whose year was guessed). Only a cluster of such reports alone takes their city.
    /// </summary>
    public string? City => Credibly(_cities, _credibleCities);

    public string? Venue => MostCommon(_venues);

    /// <summary>The country most of its credible reports host it in, read as <see cref="City"/> is.</summary>
    public string? HostCountry => Credibly(_countries, _credibleCountries);

    private string? Credibly(Dictionary<string, int>? all, Dictionary<string, int>? credible) =>
        credible is { Count: > 0 } ? MostCommon(credible) : _hasCredibleMember ? null : MostCommon(all);

    /// <summary>The most precise dates any member gives.</summary>
    public DateRange? Dates { get; private set; }


    public bool HasLatestClaim { get; private set; }

    /// <summary>True for a cluster of one mention that says nothing to tell its meeting apart; it takes no others.</summary>
    public bool IsFeaturelessSingleton { get; private set; }

    /// <summary>True while every member is <see cref="SourcedSummit.IsWeak"/>: nothing establishes the meeting.</summary>
    public bool RestsOnWeakMentions { get; private set; } = true;

    /// <summary>The latest as-of date of a member that reports the meeting as planned: the meeting is on or after it.</summary>
    public DateOnly? PlannedAfter { get; private set; }

    /// <summary>The earliest firm as-of date of a member that reports the meeting as held: the meeting is on or before it.</summary>
    public DateOnly? HeldBefore { get; private set; }

    public bool Includes(int articleId) => _articles.Contains(articleId);

    /// <summary>How many articles report it.</summary>
    public int ArticleCount => _articles.Count;

    /// <summary>True when a report of each comes from one article: the article told two meetings apart.</summary>
    public bool SharesAnArticleWith(SummitCluster other) => _articles.Overlaps(other._articles);

    /// <summary>How many of its reports date it with a date the text gives with its year.</summary>
    public int ReportsDatingItInFull => _members.Count(member => member.IsDatedInFull);

    public bool HasAReportDatingItInFull => _members.Exists(member => member.IsDatedInFull);

    /// <summary>
    /// True when a report gives its date with the year, or counts it from a date its story states ("on Monday" under
    /// "New Delhi, 5 December 2025"), rather than from a story date that was only guessed.
    /// </summary>
    public bool HasAFirmDate => _members.Exists(member => member.Dates is not null && (member.IsDatedInFull || member.AsOf.IsStated));

    /// <summary>True when a report gives its day with the year ("on 23 December 2023").</summary>
    public bool HasAReportGivingItsDayInFull => _members.Exists(member => member.IsDatedInFull && member.Dates!.Start.Precision == DatePrecision.Day);

    /// <summary>
    /// Dated in full by at least two articles (other than <paramref name="excludingArticle"/>, and, given
    /// <paramref name="placedIn"/>, by reports that name that city): a date the record can lean on.
    /// </summary>
    public bool IsDatedInFullByTwoArticles(int excludingArticle = -1, string? placedIn = null) =>
        _members.Where(member => member.Ref.ArticleId != excludingArticle && member.IsDatedInFull && (placedIn is null || member.Mention.City == placedIn))
            .Select(member => member.Ref.ArticleId).Distinct().Skip(1).Any();

    public bool HasStatus(SummitStatus status) => _statuses.Contains(status);

    public bool HasParticipant(string name) => _participants?.Contains(name) == true;

    public IEnumerable<string> Participants => _participants ?? Enumerable.Empty<string>();

    public void Add(SourcedSummit member)
    {
        var mention = member.Mention;
        _members.Add(member);
        _articles.Add(member.Ref.ArticleId);
        IsFeaturelessSingleton = false;
        RestsOnWeakMentions &= member.IsWeak;
        Kind = SummitKinds.MoreSpecific(Kind, mention.Kind);
        _kinds[mention.Kind] = _kinds.GetValueOrDefault(mention.Kind) + 1;
        if (mention.Ordinal is { } ordinal)
        {
            _ordinals ??= [];
            _ordinals[ordinal] = _ordinals.GetValueOrDefault(ordinal) + 1;
        }
        HasLatestClaim |= mention.ClaimsLatest;
        Count(ref _cities, mention.City);
        if (member.PlacesCredibly)
        {
            _hasCredibleMember = true;
            Count(ref _credibleCities, mention.City);
            Count(ref _credibleCountries, mention.Country);
        }
        Count(ref _venues, mention.Venue);
        Count(ref _countries, mention.Country);
        Count(ref _forums, mention.Forum);
        if (mention.Participants.Count > 0)
        {
            (_participants ??= []).UnionWith(mention.Participants);
        }
        _statuses.Add(mention.Status);
        if (member.Dates is { } dates)
        {
            var source = SourceOf(member);
            _dateVotes ??= [];
            _dayVotes ??= [];
            var (votes, best) = _dateVotes.GetValueOrDefault(dates);
            _dateVotes[dates] = (votes + 1, votes == 0 || source > best ? source : best);
            var (dayVotes, dayBest) = _dayVotes.GetValueOrDefault(dates.Start);
            _dayVotes[dates.Start] = (dayVotes + 1, dayVotes == 0 || source > dayBest ? source : dayBest);
            Dates = MostSupportedDate();
        }
        if (member.AsOf.Value is { } asOf)
        {
            if (mention.Status == SummitStatus.Planned && (PlannedAfter is null || asOf.FirstDay > PlannedAfter))
            {
                PlannedAfter = asOf.FirstDay;
            }
            if (mention.Status == SummitStatus.Held && !member.AsOf.IsLowerBound && (HeldBefore is null || asOf.LastDay < HeldBefore))
            {
                HeldBefore = asOf.LastDay;
            }
        }
    }

    private Dictionary<DateRange, (int Votes, DateSource Source)>? _dateVotes;
    private Dictionary<PartialDate, (int Votes, DateSource Source)>? _dayVotes;

    /// <summary>
    /// The most precise date. At the same precision, a date the text gives with its year outranks one counted from the
    /// article's date ("on August 19, 2010" against "on Thursday" in a story whose date was inferred), which outranks
    /// the days the forum calendar lends ("on July 21" against the calendar's 6–7 July); then the day most reports give,
    /// a span of days counting for the day it starts on; then the earlier. Of the dates starting on the chosen day, a
    /// span says more than the day alone ("July 9–10" against "9 July 2021"). Read from the reports alone, never from
    /// which came first.
    /// </summary>
    private DateRange MostSupportedDate()
    {
        DayVotes? best = null;
        foreach (var (start, (votes, source)) in _dayVotes!)
        {
            var day = new DayVotes(start, votes, source);
            if (best is null || day.Outranks(best))
            {
                best = day;
            }
        }
        return _dateVotes!.Keys.Where(dates => dates.Start == best!.Start)
            .OrderByDescending(dates => dates.End is not null)
            .ThenByDescending(dates => _dateVotes[dates].Votes)
            .ThenBy(dates => dates.End?.FirstDay)
            .First();
    }

    /// <summary>The reports that start a meeting on one day: how many, and the best of their sources.</summary>
    private sealed record DayVotes(PartialDate Start, int Votes, DateSource Source)
    {
        public bool Outranks(DayVotes other)
        {
            var byPrecision = Start.Precision.CompareTo(other.Start.Precision);
            if (byPrecision != 0)
            {
                return byPrecision > 0;
            }
            var bySource = Source.CompareTo(other.Source);
            if (bySource != 0)
            {
                return bySource > 0;
            }
            return Votes != other.Votes ? Votes > other.Votes : Start.CompareTo(other.Start) < 0;
        }
    }

    private enum DateSource
    {
        ForumCalendar,
        CountedFromTheArticle,
        StatedInFull,
    }

    private static DateSource SourceOf(SourcedSummit member) =>
        ForumCalendar.IsCalendarDate(member.Mention.Date) ? DateSource.ForumCalendar
        : member.IsDatedInFull ? DateSource.StatedInFull
        : DateSource.CountedFromTheArticle;

    /// <summary>
    /// Takes in a cluster found to be the same meeting: its reports vote on the date with this cluster's, and the dates
    /// that lose stay claims.
    /// </summary>
    public void Absorb(SummitCluster other)
    {
        foreach (var member in other.Members)
        {
            Add(member);
        }
    }

    private static void Count(ref Dictionary<string, int>? counts, string? value)
    {
        if (value is not null)
        {
            counts ??= [];
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
    }

    private static string? MostCommon(Dictionary<string, int>? counts)
    {
        if (counts is null)
        {
            return null;
        }
        string? best = null;
        var bestCount = 0;
        foreach (var (value, count) in counts)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(value, best) < 0))
            {
                (best, bestCount) = (value, count);
            }
        }
        return best;
    }
}
