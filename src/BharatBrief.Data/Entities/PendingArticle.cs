namespace BharatBrief.Data.Entities;

/// <summary>
/// An article stored by an ingest whose consolidation has not committed yet. Readers do not see it: not its page, its
/// place in lists, feeds and search, its figures and themes, nor in the export. The consolidation that merges its
/// mentions removes the row in the same transaction, so readers see the article and its summits and agreements together.
/// </summary>
public sealed class PendingArticle
{
    public int ArticleId { get; set; }

    public Article? Article { get; set; }
}
