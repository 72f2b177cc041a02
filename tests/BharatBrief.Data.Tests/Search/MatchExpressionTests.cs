using System.Data.Common;
using BharatBrief.Data.Search;
using BharatBrief.Data.Search.Matching;
using BharatBrief.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Tests.Search;

/// <summary>
/// A query worked out in memory from its phrases' matches finds exactly the rows FTS5 finds for the whole query, with
/// bit-for-bit the same bm25 scores, and marks the phrases FTS5 highlights.
/// </summary>
public sealed class MatchExpressionTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    [Theory]
    [InlineData("a OR b NOT c", new[] { 1, 2, 3, 5, 7 })]
    [InlineData("a b OR c", new[] { 1, 4, 5, 6, 7 })]
    [InlineData("a OR b c", new[] { 1, 2, 4, 5, 7 })]
    [InlineData("a NOT b AND c", new[] { 5 })]
    [InlineData("a NOT b c", new[] { 2, 5, 7 })]
    [InlineData("a AND b OR c NOT d", new[] { 1, 4, 5, 7 })]
    public void Operators_bind_as_FTS5_binds_them(string text, int[] expected)
    {
        // Rows: 1 "a b c", 2 "a", 3 "b", 4 "b c", 5 "a c", 6 "c d", 7 "a b d".
        int[][] rowsWith = [[1, 2, 5, 7], [1, 3, 4, 7], [1, 4, 5, 6], [6, 7]];
        var query = SearchQuery.Parse(text);
        var expression = MatchExpression.From(query);
        var phrases = query.Terms.Select(term => rowsWith[term.Words[0][0] - 'a']).Select(ids => new PhraseMatches(ids, [.. ids.Select(_ => -1.0)])).ToList();

        var (ids, _) = expression.Evaluate(phrases);

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("a b NOT c OR d", true)]
    [InlineData("a NOT c OR d", false)]
    [InlineData("d OR b NOT c", false)]
    [InlineData("d OR a b NOT c", true)]
    [InlineData("a b OR d", false)]
    public void A_NOT_whose_left_side_matches_nothing_is_left_to_FTS5(string text, bool left)
    {
        // "a" and "b" never stand in the same row, so "a b" matches nothing.
        int[][] rowsWith = [[1, 2], [3, 4], [2, 3], [5]];
        var query = SearchQuery.Parse(text);
        var phrases = query.Terms.Select(term => rowsWith[term.Words[0][0] - 'a']).Select(ids => new PhraseMatches(ids, [.. ids.Select(_ => -1.0)])).ToList();

        Assert.Equal(left, MatchExpression.From(query).StrandsExcludedPhrases(phrases));
    }

    [Fact]
    public async Task Queries_of_every_shape_find_the_rows_and_scores_FTS5_finds()
    {
        await using var db = await corpus.Store.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var random = new Random(20261122);
        int compared = 0, nonEmpty = 0, withOr = 0, withNot = 0;
        for (var n = 0; n < 400; n++)
        {
            var query = SearchQuery.Parse(corpus.RandomQuery(random));
            if (query.Match is not { } match)
            {
                continue;
            }
            var expression = MatchExpression.From(query);
            foreach (var kind in new[] { SearchItemKind.Article, SearchItemKind.Summit, SearchItemKind.Agreement })
            {
                var source = FtsSource.Of(kind);
                var phrases = new List<PhraseMatches>();
                foreach (var term in expression.Phrases)
                {
                    phrases.Add(await PhraseMatches.RankAsync(connection, source, term.ToMatch()));
                }
                if (phrases.Exists(phrase => phrase.Count == 0) || expression.StrandsExcludedPhrases(phrases))
                {
                    continue;
                }
                var whole = await PhraseMatches.RankAsync(connection, source, match);
                var (ids, scores) = expression.Evaluate(phrases);

                Assert.Equal(whole.Ids, ids);
                Assert.Equal(Enumerable.Range(0, whole.Count).Select(i => BitConverter.DoubleToInt64Bits(whole.ScoreAt(i))), scores.Select(BitConverter.DoubleToInt64Bits));
                compared++;
                nonEmpty += ids.Length > 0 ? 1 : 0;
                withOr += ids.Length > 0 && query.Operators.Contains("OR") ? 1 : 0;
                withNot += ids.Length > 0 && query.Operators.Contains("NOT") ? 1 : 0;
                if (kind == SearchItemKind.Article)
                {
                    foreach (var id in ids.Take(4))
                    {
                        var taking = expression.Participants(id, phrases);
                        var participants = string.Join(" OR ", expression.Phrases.Where((_, i) => (taking & (1 << i)) != 0).Select(term => term.ToMatch()));
                        Assert.Equal(await HighlightAsync(connection, match, id), await HighlightAsync(connection, participants, id));
                    }
                }
            }
        }
        Assert.True(compared > 300, $"only {compared} queries compared");
        Assert.True(nonEmpty > 150 && withOr > 20 && withNot > 10, $"{nonEmpty} matched something, {withOr} with OR, {withNot} with NOT");
    }

    private static async Task<string> HighlightAsync(DbConnection connection, string match, int id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT highlight("ArticlesFts", 0, '[', ']') || '|' || highlight("ArticlesFts", 1, '[', ']') || '|' || highlight("ArticlesFts", 2, '[', ']')
            FROM "ArticlesFts" WHERE "ArticlesFts" MATCH $match AND rowid = $id
            """;
        var matchParameter = command.CreateParameter();
        matchParameter.ParameterName = "$match";
        matchParameter.Value = match;
        command.Parameters.Add(matchParameter);
        var idParameter = command.CreateParameter();
        idParameter.ParameterName = "$id";
        idParameter.Value = id;
        command.Parameters.Add(idParameter);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
