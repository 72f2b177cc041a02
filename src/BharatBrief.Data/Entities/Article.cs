using BharatBrief.Ingestion;

namespace BharatBrief.Data.Entities;

/// <summary>One ingested article or editor's brief, with what pages need to render it without parsing it again.</summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>URL name, unique; kept when the article is re-ingested with new text.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>True when the text had no title line and <see cref="Title"/> was made from the lede.</summary>
    public bool TitleIsDerived { get; set; }

    public string? Lede { get; set; }

    /// <summary>The normalised article text; every span of <see cref="Outline"/>, <see cref="Entities"/> and evidence points into it.</summary>
    public required string Body { get; set; }

    public ArticleFormat Format { get; set; }

    /// <summary>The file name it was ingested from (unique); null for editors' briefs.</summary>
    public string? SourceName { get; set; }

    /// <summary>The editor's brief this article publishes; null for ingested files.</summary>
    public int? BriefId { get; set; }

    /// <summary>The original location given in its metadata, when any (an absolute http or https address).</summary>
    public string? Url { get; set; }

    /// <summary>The publication that ran it ("The Hindu"), or the source an editor named for a brief; from its metadata.</summary>
    public string? Outlet { get; set; }

    /// <summary>Who wrote it, from its metadata.</summary>
    public string? Author { get; set; }

    /// <summary>SHA-256 of the text as read; the same text gives the same hash.</summary>
    public required string ContentHash { get; set; }

    /// <summary>Hash of the metadata given beside the text (a sidecar file), so that a changed sidecar counts as a change.</summary>
    public string? MetadataHash { get; set; }

    /// <summary>The pipeline build that parsed it; a different build parses unchanged text again.</summary>
    public required string PipelineVersion { get; set; }

    /// <summary>The published date (ISO at its precision) when the input gave one.</summary>
    public string? PublishedOn { get; set; }

    /// <summary>The effective as-of date: the article's own, or the one consolidation refined it to.</summary>
    public string? AsOf { get; set; }

    public required string AsOfBasis { get; set; }

    /// <summary>The as-of date the article alone supports.</summary>
    public string? OwnAsOf { get; set; }

    public required string OwnAsOfBasis { get; set; }

    /// <summary>True when <see cref="OwnAsOf"/> is only the latest date the text mentions, which consolidation may move forward.</summary>
    public bool OwnAsOfIsLowerBound { get; set; }

    public int WordCount { get; set; }

    /// <summary>When it was first ingested (UTC).</summary>
    public DateTime IngestedAt { get; set; }

    /// <summary>When its text or facts last changed (UTC).</summary>
    public DateTime UpdatedAt { get; set; }

    public required ArticleOutline Outline { get; set; }

    public required IReadOnlyList<StoredEntity> Entities { get; set; }

    public List<ArticleTheme> Themes { get; set; } = [];

    public List<SummitMentionRow> SummitMentions { get; set; } = [];

    public List<AgreementMentionRow> AgreementMentions { get; set; } = [];

    public List<FigureRow> Figures { get; set; } = [];
}
