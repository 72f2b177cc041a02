using BharatBrief.Ingestion.Merging;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>Every stored article's mentions, read back as records for the consolidator, with the rows they came from.</summary>
internal sealed record StoredFacts(
    IReadOnlyList<ArticleFacts> Articles,
    IReadOnlyList<ArticleAsOfState> AsOfStates,
    MentionRows Summits,
    MentionRows Agreements,
    ConsolidationDirectives Directives);
