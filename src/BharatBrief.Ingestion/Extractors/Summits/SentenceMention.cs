using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Gazetteers;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Extractors.Summits;

/// <summary>What one sentence says about one meeting, before the article's sentences are linked into events.</summary>
internal sealed class SentenceMention
{
    public required int SentenceIndex { get; init; }

    public required int TriggerToken { get; init; }

    public SummitKind Kind { get; set; }

    public MentionStatus Status { get; set; }

    public bool StatusIsStrong { get; set; }

    public bool IsInvitation { get; set; }

    public City? City { get; set; }

    public Country? Country { get; set; }

    public Venue? Venue { get; set; }

    public string? Forum { get; set; }

    /// <summary>"the annual summit", "the 12th summit", "the India-Russia summit": the two countries' own series, said in words.</summary>
    public bool SaysAnnual { get; set; }

    /// <summary>At the summit of a forum of leaders (BRICS, SCO, G20: those whose summits the gazetteer lists), never the two countries' own.</summary>
    public bool AtALeadersForum { get; set; }

    public int? Ordinal { get; set; }

    public DateMatch? Date { get; set; }

    /// <summary>"Modi had accepted an invitation for May 9": a plan the story tells in the past perfect.</summary>
    public bool IsPlanMadeInThePast { get; set; }

    public TimeOrientation DateOrientation { get; set; }

    public int? DurationDays { get; set; }

    public HashSet<Person> Participants { get; } = [];

    /// <summary>True when the sentence presents the meeting as the latest of its kind ("the last summit took place in 2021").</summary>
    public bool ClaimsLatest { get; set; }

    /// <summary>True for "the next summit": a meeting after the one the article is about, never the same.</summary>
    public bool IsNextOne { get; set; }

    /// <summary>True when the meeting word is with another country's leader ("his meeting with Zelenskyy"): not an India–Russia meeting.</summary>
    public bool MeetsThirdParty { get; set; }

    /// <summary>
    /// True for "the first summit since Modi's visit to Moscow": a meeting the sentence sets against another meeting
    /// word before it ("since", "after", "before") is another meeting than that word's.
    /// </summary>
    public bool IsSetAgainstEarlierWord { get; set; }

    /// <summary>True when the meeting word sits in a relative clause ("Putin, whose trip had been put off, …").</summary>
    public bool IsInRelativeClause { get; set; }

    /// <summary>True when ministers or officials, not the leaders, hold the meeting ("Jaishankar met Lavrov").</summary>
    public bool IsMinistersMeeting { get; set; }

    /// <summary>True for a bare definite meeting word ("the visit") that points back to a meeting already named.</summary>
    public bool IsAnaphor { get; set; }

    /// <summary>The date is not the sentence's own but the one its heading, caption or paragraph opened with.</summary>
    public bool DateIsFramed { get; set; }

    /// <summary>The country hosting the meeting: from its place, or from who visits whom.</summary>
    public string? HostCountry => Venue?.Country ?? City?.Country ?? Country?.Name;

    public bool HasFeatures => City is not null || Country is not null || Venue is not null || Forum is not null || Ordinal is not null || Date is not null || ClaimsLatest || IsNextOne;

    /// <summary>Takes the other mention's features where this one has none (two words of one sentence about one meeting).</summary>
    public void Absorb(SentenceMention other)
    {
        Kind = SummitKinds.MoreSpecific(Kind, other.Kind);
        // A meeting under way stays under way, whatever is planned during it.
        // "Putin, whose trip had been put off, held the 13th summit": what the main clause reports outweighs a relative clause.
        var toldInTheMainClause = IsInRelativeClause && !other.IsInRelativeClause && other.Status != MentionStatus.Unknown;
        if (Status != MentionStatus.Current && (Status == MentionStatus.Unknown || other.Status == MentionStatus.Current || (!StatusIsStrong && other.StatusIsStrong) || toldInTheMainClause))
        {
            Status = other.Status;
            StatusIsStrong = other.StatusIsStrong;
        }
        IsInRelativeClause &= other.IsInRelativeClause;
        IsInvitation |= other.IsInvitation;
        City ??= other.City;
        Country ??= other.Country;
        Venue ??= other.Venue;
        Forum ??= other.Forum;
        Ordinal ??= other.Ordinal;
        if (Date is null && other.Date is not null)
        {
            Date = other.Date;
            DateOrientation = other.DateOrientation;
            DateIsFramed = other.DateIsFramed;
        }
        DurationDays ??= other.DurationDays;
        Participants.UnionWith(other.Participants);
        ClaimsLatest |= other.ClaimsLatest;
        IsNextOne |= other.IsNextOne;
        IsAnaphor &= other.IsAnaphor;
    }
}
