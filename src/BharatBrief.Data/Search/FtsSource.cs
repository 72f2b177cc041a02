namespace BharatBrief.Data.Search;

/// <summary>How to rank and mark matches in one kind's FTS5 index.</summary>
/// <param name="Table">The FTS5 table.</param>
/// <param name="Rank">The bm25 call with the weight of each column: a title match weighs most.</param>
/// <param name="TitleColumn">The column holding the title, highlighted whole.</param>
/// <param name="SnippetColumn">The column snippets are cut from; null for kinds shown by title alone.</param>
internal sealed record FtsSource(string Table, string Rank, int TitleColumn, int? SnippetColumn)
{
    public static readonly FtsSource Articles = new(ArticleSearchIndex.Table, $"bm25(\"{ArticleSearchIndex.Table}\", 10.0, 4.0, 1.0)", 0, 2);

    // Title, City, Country, Venue, Forum, Participants.
    public static readonly FtsSource Summits = new(SummitSearchIndex.Table, $"bm25(\"{SummitSearchIndex.Table}\", 10.0, 3.0, 1.0, 3.0, 3.0, 2.0)", 0, null);

    // Name, Aliases.
    public static readonly FtsSource Agreements = new(AgreementSearchIndex.Table, $"bm25(\"{AgreementSearchIndex.Table}\", 10.0, 8.0)", 0, null);

    public static FtsSource Of(SearchItemKind kind) => kind switch
    {
        SearchItemKind.Summit => Summits,
        SearchItemKind.Agreement => Agreements,
        _ => Articles,
    };
}
