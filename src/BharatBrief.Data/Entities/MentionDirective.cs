namespace BharatBrief.Data.Entities;

/// <summary>
/// An editor's decision about one mention, which consolidation must respect: detach it from the record, or pin it to
/// a summit. It names the mention by article and position and by the first sentence it quotes, so it outlives the
/// mention rows (an article parsed again gets new rows) and lapses when the article no longer says the same.
/// </summary>
public sealed class MentionDirective
{
    public int Id { get; set; }

    public CorrectionTarget Target { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The mention's position among its article's summit (or agreement) mentions.</summary>
    public int MentionIndex { get; set; }

    /// <summary>The first evidence sentence of the mention when the directive was given.</summary>
    public required string Quote { get; set; }

    /// <summary>True: left out of every summit or agreement. False: pinned to <see cref="SummitId"/>.</summary>
    public bool Detached { get; set; }

    public int? SummitId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
