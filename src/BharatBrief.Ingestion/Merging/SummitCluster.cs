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
    private readonly Dictionary<string, int> _cities = [];
    private readonly Dictionary<string, int> _venues = [];
    private readonly Dictionary<string, int> _countries = [];
    private readonly Dictionary<string, int> _forums = [];
    private readonly Dictionary<int, int> _ordinals = [];
    private readonly HashSet<string> _participants = [];
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

    /// <summary>The number most members give: a report that numbers the meeting wrongly is outvoted, and kept as a conflict.</summary>
    public int? Ordinal => _ordinals.Count == 0 ? null : _ordinals.MaxBy(vote => vote.Value).Key;

    public string? City => MostCommon(_cities);

    public string? Venue => MostCommon(_venues);

    public string? HostCountry => MostCommon(_countries);

    /// <summary>The most precise dates any member gives.</summary>
    public DateRange? Dates { get; private set; }

    private DateSource _datesSource;

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

    public bool HasStatus(SummitStatus status) => _statuses.Contains(status);

    public bool HasParticipant(string name) => _participants.Contains(name);

    public IEnumerable<string> Participants => _participants;

    /// <param name="datesAreTrusted">False for a member whose dates disagree with the meeting's: they are a claim, not the meeting's dates.</param>
    public void Add(SourcedSummit member, bool datesAreTrusted = true)
    {
        var mention = member.Mention;
        _members.Add(member);
        _articles.Add(member.Ref.ArticleId);
        IsFeaturelessSingleton = false;
        RestsOnWeakMentions &= member.IsWeak;
        Kind = SummitKinds.MoreSpecific(Kind, mention.Kind);
        if (mention.Ordinal is { } ordinal)
        {
            _ordinals[ordinal] = _ordinals.GetValueOrDefault(ordinal) + 1;
        }
        HasLatestClaim |= mention.ClaimsLatest;
        Count(_cities, mention.City);
        Count(_venues, mention.Venue);
        Count(_countries, mention.Country);
        Count(_forums, mention.Forum);
        _participants.UnionWith(mention.Participants);
        _statuses.Add(mention.Status);
        if (member.Dates is { } dates && (datesAreTrusted || Dates is null) && IsBetterDate(dates, SourceOf(member)))
        {
            Dates = dates;
            _datesSource = SourceOf(member);
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

    /// <summary>
    /// A more precise date is better. At the same precision, a date the text gives with its year beats one counted from
    /// the article's date ("on August 19, 2010" against "on Thursday" in a story whose date was inferred), which beats
    /// the days the forum calendar lends ("on July 21" against the calendar's 6–7 July); from the same first day, a
    /// span of days beats one day.
    /// </summary>
    private bool IsBetterDate(DateRange dates, DateSource source)
    {
        if (Dates is null || dates.Start.Precision > Dates.Start.Precision)
        {
            return true;
        }
        if (dates.Start.Precision < Dates.Start.Precision)
        {
            return false;
        }
        return source != _datesSource && dates.Start != Dates.Start ? source > _datesSource : dates.End is not null && Dates.End is null;
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
    /// Takes in a cluster found to be the same meeting. Where the two disagree on the year or month, this cluster's dates stand
    /// (it was founded by the more detailed report) and the other's stay claims.
    /// </summary>
    public void Absorb(SummitCluster other)
    {
        var datesAgree = Dates is { } ours && other.Dates is { } theirs && ours.Start.Year == theirs.Start.Year && ours.Start.Month == theirs.Start.Month;
        foreach (var member in other.Members)
        {
            Add(member, datesAreTrusted: datesAgree);
        }
    }

    private static void Count(Dictionary<string, int> counts, string? value)
    {
        if (value is not null)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
    }

    private static string? MostCommon(Dictionary<string, int> counts)
    {
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
