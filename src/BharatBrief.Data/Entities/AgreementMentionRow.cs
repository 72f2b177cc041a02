using BharatBrief.Ingestion.Records;

namespace BharatBrief.Data.Entities;

/// <summary>One agreement as one article names it (a stored <see cref="AgreementMention"/>).</summary>
public sealed class AgreementMentionRow
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>Position among the article's agreement mentions, which consolidation refers to.</summary>
    public int Index { get; set; }

    public required string Name { get; set; }

    public required IReadOnlyList<string> Aliases { get; set; }

    public AgreementKind Kind { get; set; }

    public AgreementStatus Status { get; set; }

    /// <summary>When it reached <see cref="Status"/> (ISO at its precision); null when unknown.</summary>
    public string? Date { get; set; }

    /// <summary>Index into the same article's summit mentions of the meeting it was signed or announced at.</summary>
    public int? SummitIndex { get; set; }

    public required IReadOnlyList<StoredStatusClaim> Statuses { get; set; }

    public required IReadOnlyList<string> Themes { get; set; }

    public required IReadOnlyList<StoredEvidence> Evidence { get; set; }

    /// <summary>The consolidated agreement this mention was merged into; null until consolidation.</summary>
    public int? AgreementId { get; set; }

    public Article? Article { get; set; }

    public Agreement? Agreement { get; set; }
}
