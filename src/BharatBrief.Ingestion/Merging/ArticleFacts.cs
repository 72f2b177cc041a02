using BharatBrief.Ingestion.Records;

namespace BharatBrief.Ingestion.Merging;

/// <summary>What one stored article contributes to consolidation.</summary>
/// <param name="ArticleId">The store's key for the article.</param>
/// <param name="AsOf">The article's own as-of date.</param>
/// <param name="Summits">Its summit mentions, in stored order; <see cref="MentionRef.Index"/> points into this list.</param>
/// <param name="Agreements">Its agreement mentions, in stored order.</param>
public sealed record ArticleFacts(int ArticleId, AsOfDate AsOf, IReadOnlyList<SummitMention> Summits, IReadOnlyList<AgreementMention> Agreements);
