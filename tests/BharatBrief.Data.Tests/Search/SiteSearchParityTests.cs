using System.Data.Common;
using BharatBrief.Data.Search;
using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Search;

/// <summary>
/// Site search, which ranks and marks in memory, answers every query as FTS5 answers it on its own: the same results in
/// the same order (bm25, then key), the same totals, and titles and snippets exactly as highlight() and snippet() cut them.
/// </summary>
public sealed class SiteSearchParityTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    [Fact]
    public async Task Every_page_of_results_is_what_FTS5_ranks_highlights_and_snippets()
    {
        var search = new SiteSearch(corpus.Store.Contexts, new SearchCatalog(corpus.Store.Contexts));
        await using var db = await corpus.Store.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var random = new Random(7);
        int queries = 0, articles = 0, summits = 0, agreements = 0;
        for (var n = 0; n < 400; n++)
        {
            var query = SearchQuery.Parse(corpus.RandomQuery(random));
            if (query.Match is not { } match)
            {
                continue;
            }
            foreach (var kind in new SearchItemKind?[] { null, SearchItemKind.Summit, SearchItemKind.Agreement })
            {
                var result = await search.SearchAsync(new SiteSearchRequest(query, kind, PageSize: 5, Forgiving: false));
                var expected = await FtsAsync(connection, kind ?? SearchItemKind.Article, match, 5);

                Assert.Equal(expected.Total, result.ListedTotal);
                Assert.True(
                    expected.Hits.SequenceEqual(result.Hits.Select(hit => (hit.Id, hit.Title, hit.Snippet))),
                    $"{match}: FTS5 {string.Join(" | ", expected.Hits)}\nsite {string.Join(" | ", result.Hits.Select(hit => (hit.Id, hit.Title, hit.Snippet)))}");
                articles += kind is null ? result.Hits.Count : 0;
                summits += kind == SearchItemKind.Summit ? result.Hits.Count : 0;
                agreements += kind == SearchItemKind.Agreement ? result.Hits.Count : 0;
            }
            queries++;
        }
        Assert.True(queries > 350 && articles > 300 && summits > 20 && agreements > 20, $"{queries} queries: {articles} articles, {summits} summits, {agreements} agreements");
    }

    [Theory]
    [InlineData("\u19B0 Putin")]
    [InlineData("Putin OR \u19B0")]
    [InlineData("Putin NOT \u19B0")]
    [InlineData("summit \u19B0 NOT Putin")]
    public async Task A_phrase_FTS5_reads_as_no_words_is_answered_as_FTS5_answers_it(string text)
    {
        // U+19B0, a New Tai Lue vowel sign, is a letter to .NET and a separator to FTS5's Unicode tables.
        var search = new SiteSearch(corpus.Store.Contexts, new SearchCatalog(corpus.Store.Contexts));
        await using var db = await corpus.Store.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var query = SearchQuery.Parse(text);
        Assert.Equal(text.Split(' ').Count(word => word is not ("OR" or "NOT")), query.Terms.Count);

        var result = await search.SearchAsync(new SiteSearchRequest(query, PageSize: 5, Forgiving: false));
        var expected = await FtsAsync(db.Database.GetDbConnection(), SearchItemKind.Article, query.Match!, 5);

        Assert.Equal(expected.Total, result.ListedTotal);
        Assert.Equal(expected.Hits, result.Hits.Select(hit => (hit.Id, hit.Title, hit.Snippet)));
    }

    /// <summary>What FTS5 alone finds for <paramref name="match"/> among rows the store still has: the total and the best <paramref name="take"/>, marked.</summary>
    private static async Task<(int Total, List<(int Id, string Title, string? Snippet)> Hits)> FtsAsync(DbConnection connection, SearchItemKind kind, string match, int take)
    {
        var source = FtsSource.Of(kind);
        var (table, rank) = (source.Table, source.Rank);
        var snippet = source.SnippetColumn is { } column
            ? $"snippet({table}, {column}, '{ArticleSearch.MarkStart}', '{ArticleSearch.MarkEnd}', '…', 28)"
            : "NULL";
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT rowid, highlight({table}, 0, '{ArticleSearch.MarkStart}', '{ArticleSearch.MarkEnd}'), {snippet}, (SELECT count(*) FROM {table} WHERE {table} MATCH $match)
            FROM {table} WHERE {table} MATCH $match ORDER BY {rank}, rowid LIMIT {take}
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$match";
        parameter.Value = match;
        command.Parameters.Add(parameter);
        var hits = new List<(int, string, string?)>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hits.Add((reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            total = reader.GetInt32(3);
        }
        return (total, hits);
    }
}
