namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// What writing a consolidation needs of the store as it was read: the articles' as-of dates, the mention rows with
/// their current owners, and the editors' directives. The merging records themselves are not kept: once merged,
/// they are let go before the rows are written.
/// </summary>
internal sealed record StoredFacts(
    IReadOnlyList<ArticleAsOfState> AsOfStates,
    MentionRows Summits,
    MentionRows Agreements,
    Ingestion.Merging.ConsolidationDirectives Directives);
