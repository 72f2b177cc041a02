using System.Data.Common;
using System.Globalization;

namespace BharatBrief.Data.Search.Matching;

/// <summary>
/// Every row one term matches on PostgreSQL, through the generated <c>SearchVector</c> column of its kind's table
/// (migration <c>SearchCountersAndReadIndexes</c> of the PostgreSQL migrations): the term's words one after another
/// (<c>&lt;-&gt;</c>), the last as a prefix when it is one, with English stemming. Scored by <c>ts_rank</c> with the
/// title weighing most, negated so that lower is better, as bm25 scores are; the rest (AND, OR, NOT, paging, facets,
/// marking) is worked out in memory as on SQLite.
/// </summary>
internal static class PostgreSqlPhraseMatches
{
    public static async Task<PhraseMatches> RankAsync(DbConnection connection, SearchItemKind kind, SearchTerm term, CancellationToken cancellationToken)
    {
        var table = kind switch
        {
            SearchItemKind.Summit => "Summits",
            SearchItemKind.Agreement => "Agreements",
            _ => "Articles",
        };
        await using var command = connection.CreateCommand();
        // Weights are {D, C, B, A}; the query's words are letters and digits only, never tsquery operators.
        command.CommandText = $"""
            SELECT t."Id", -ts_rank(ARRAY[0.1, 0.1, 0.4, 1.0]::real[], t."SearchVector", q)::double precision
            FROM "{table}" AS t, to_tsquery('english', @query) AS q
            WHERE t."SearchVector" @@ q
            ORDER BY t."Id"
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@query";
        parameter.Value = ToTsQuery(term);
        command.Parameters.Add(parameter);
        var ids = new List<int>();
        var scores = new List<double>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
            scores.Add(reader.GetDouble(1));
        }
        return PhraseMatches.From(ids.ToArray(), scores.ToArray());
    }

    /// <summary>The term as <c>to_tsquery</c> text: <c>s &lt;-&gt; 400</c>, <c>modi:*</c>.</summary>
    public static string ToTsQuery(SearchTerm term) =>
        string.Join(" <-> ", term.Words.Select((word, i) => i == term.Words.Count - 1 && term.Prefix
            ? word.ToLower(CultureInfo.InvariantCulture) + ":*"
            : word.ToLower(CultureInfo.InvariantCulture)));
}
