namespace BharatBrief.Data.Search;

/// <summary>The order of a search's results.</summary>
public enum SearchSort
{
    /// <summary>Best first: exact words above word starts above close spellings, then bm25.</summary>
    Relevance,

    /// <summary>Newest first (an article's date, a summit's start, an agreement's date); undated last, then by relevance.</summary>
    Date,
}
