namespace BharatBrief.Ingestion.Merging;

/// <summary>A mention of one article: <see cref="Index"/> is its position in the article's summit or agreement list.</summary>
public readonly record struct MentionRef(int ArticleId, int Index);
