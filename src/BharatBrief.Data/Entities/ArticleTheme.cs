namespace BharatBrief.Data.Entities;

/// <summary>How much of an article is about one theme.</summary>
public sealed class ArticleTheme
{
    public int ArticleId { get; set; }

    public required string ThemeSlug { get; set; }

    /// <summary>Share of the article, between 0 and 1; an article's weights sum to 1.</summary>
    public double Weight { get; set; }

    /// <summary>1 for the heaviest theme of the article, then 2, 3, …</summary>
    public int Rank { get; set; }

    public Article? Article { get; set; }

    public Theme? Theme { get; set; }
}
