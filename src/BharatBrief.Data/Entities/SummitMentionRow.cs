using BharatBrief.Ingestion.Dates;
using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Entities;

/// <summary>One leaders' meeting as one article mentions it (a stored <see cref="SummitMention"/>).</summary>
public sealed class SummitMentionRow
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>Position among the article's summit mentions, which consolidation refers to.</summary>
    public int Index { get; set; }

    public SummitKind Kind { get; set; }

    public SummitStatus Status { get; set; }

    /// <summary>The date phrase as written; null when the mention has no date (then the other date columns are empty).</summary>
    public string? DateText { get; set; }

    public TimeOrientation? DateOrientation { get; set; }

    /// <summary>What the phrase resolved to (ISO at its precision); null when unresolved.</summary>
    public string? DateStart { get; set; }

    public string? DateEnd { get; set; }

    public bool DateDependsOnAsOf { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? Venue { get; set; }

    public string? Forum { get; set; }

    public int? Ordinal { get; set; }

    public required IReadOnlyList<string> Participants { get; set; }

    /// <summary>True when the article presents the meeting as the latest of its kind, a claim later sources can contradict.</summary>
    public bool ClaimsLatest { get; set; }

    public required IReadOnlyList<StoredEvidence> Evidence { get; set; }

    public required IReadOnlyList<string> Themes { get; set; }

    /// <summary>The consolidated summit this mention was merged into; null until consolidation.</summary>
    public int? SummitId { get; set; }

    public Article? Article { get; set; }

    public Summit? Summit { get; set; }
}
