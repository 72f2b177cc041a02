using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>
/// One meeting as the whole article reports it: every sentence mention linked to it. What the mentions say together
/// is kept up to date as they are added, because linking asks it of every event for every new mention.
/// </summary>
internal sealed class ArticleEvent
{
    private readonly List<SentenceMention> _mentions = [];
    private readonly List<SentenceMention> _dated = [];
    private readonly HashSet<Person> _participants = [];
    private readonly HashSet<MentionStatus> _statuses = [];

    public ArticleEvent(SentenceMention first)
    {
        Kind = first.Kind;
        Add(first);
    }

    public IReadOnlyList<SentenceMention> Mentions => _mentions;

    public int LastSentence { get; private set; }

    public SummitKind Kind { get; private set; }

    public Venue? Venue { get; private set; }

    public City? City { get; private set; }

    public Country? Country { get; private set; }

    public string? HostCountry => Venue?.Country ?? City?.Country ?? Country?.Name;

    public string? Forum { get; private set; }

    /// <summary>True when a report names the two countries' annual series ("the previous annual summit", "the 12th summit").</summary>
    public bool SaysAnnual => _mentions.Exists(mention => mention.SaysAnnual);

    /// <summary>True when a report places it at a leaders' forum summit (BRICS, SCO, G20).</summary>
    public bool AtALeadersForum => _mentions.Exists(mention => mention.AtALeadersForum);

    /// <summary>
    /// "Modi met Putin on the sidelines of the BRICS summit in Moscow" and "the previous annual summit was held in Moscow":
    /// a leaders' forum summit is never the two countries' annual one, whatever place and year they share.
    /// </summary>
    public static bool AreForumAndAnnual(bool saysAnnualA, bool atForumA, bool saysAnnualB, bool atForumB) =>
        (saysAnnualA && atForumB) || (atForumA && saysAnnualB);

    public int? Ordinal { get; private set; }

    public bool ClaimsLatest { get; private set; }

    public IReadOnlyList<SentenceMention> Dated => _dated;

    public IReadOnlySet<Person> Participants => _participants;

    /// <summary>True when some sentence shows the meeting under way, so plans made during it ("talks will continue") belong to it.</summary>
    public bool IsCurrent => _statuses.Contains(MentionStatus.Current);

    public bool HasStrongHeld { get; private set; }

    public bool HasStrongPlanned { get; private set; }

    public bool HasStatus(MentionStatus status) => _statuses.Contains(status);

    public void Add(SentenceMention mention)
    {
        _mentions.Add(mention);
        LastSentence = Math.Max(LastSentence, mention.SentenceIndex);
        // "during the summit" points at a meeting; its bare noun says nothing of the meeting's kind.
        if (!mention.IsAnaphor)
        {
            Kind = SummitKinds.MoreSpecific(Kind, mention.Kind);
        }
        Venue ??= mention.Venue;
        City ??= mention.City;
        Country ??= mention.Country;
        Forum ??= mention.Forum;
        Ordinal ??= mention.Ordinal;
        ClaimsLatest |= mention.ClaimsLatest;
        if (mention.Date is not null)
        {
            _dated.Add(mention);
        }
        _participants.UnionWith(mention.Participants);
        _statuses.Add(mention.Status);
        HasStrongHeld |= mention.Status == MentionStatus.Held && mention.StatusIsStrong;
        HasStrongPlanned |= mention.Status == MentionStatus.Planned && mention.StatusIsStrong;
    }

    /// <summary>The most precise start any of the event's dated sentences gives ("on Tuesday" over "this year").</summary>
    public PartialDate? MostPreciseStart(PartialDate? asOf)
    {
        PartialDate? best = null;
        foreach (var mention in _dated)
        {
            if (DateResolver.Resolve(mention.Date!.Expression, asOf, mention.DateOrientation) is { } range
                && (best is null || range.Start.Precision > best.Value.Precision))
            {
                best = range.Start;
            }
        }
        return best;
    }

    public PartialDate? ResolvedStart(PartialDate? asOf)
    {
        foreach (var mention in _dated)
        {
            if (DateResolver.Resolve(mention.Date!.Expression, asOf, mention.DateOrientation) is { } range)
            {
                return range.Start;
            }
        }
        return null;
    }
}
