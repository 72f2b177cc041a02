namespace BharatBrief.Data.Search;

/// <summary>What <see cref="SearchQuery.Parse"/> changed or could not use in what the reader typed, so a page can say so.</summary>
[Flags]
public enum SearchQueryNotes
{
    None = 0,

    /// <summary>Nothing was typed.</summary>
    Empty = 1,

    /// <summary>Something was typed, but no word to look for: only punctuation or operators.</summary>
    NoWords = 2,

    /// <summary>Only the first <see cref="SearchQuery.MaxTerms"/> terms (or the first characters of a very long word) were kept.</summary>
    Shortened = 4,

    /// <summary>A quotation mark had no partner; the phrase was closed at the end of the text.</summary>
    QuoteClosed = 8,

    /// <summary>An AND, OR or NOT had nothing to join (at the start, the end, or doubled) and was left out.</summary>
    OperatorsDropped = 16,
}
