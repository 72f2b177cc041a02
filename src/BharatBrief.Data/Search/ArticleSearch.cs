using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Search;

/// <summary>
/// Full-text search over article titles, ledes and bodies: through the FTS5 index, ranked by bm25, on SQLite; through
/// the generated <c>tsvector</c> column and its GIN index, ranked by <c>ts_rank</c> and cut by <c>ts_headline</c>, on PostgreSQL.
/// </summary>
public sealed class ArticleSearch(IDbContextFactory<BharatBriefDbContext> contexts)
{
    /// <summary>Opens a matched term in <see cref="SearchHit.Snippet"/>: a character articles do not use, to replace after encoding.</summary>
    public const string MarkStart = "\u27E6";

    /// <summary>Closes a matched term in <see cref="SearchHit.Snippet"/>.</summary>
    public const string MarkEnd = "\u27E7";

    /// <summary>Articles matching every word of <paramref name="text"/> (the last word as a prefix), best first.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            return await SearchPostgreSqlAsync(db, text, limit, cancellationToken);
        }
        if (FtsQuery.From(text) is not { } match)
        {
            return [];
        }
        // A title match weighs ten body matches, a lede match four.
        return await db.Database.SqlQuery<SearchHit>($"""
            SELECT a."Id" AS "ArticleId", a."Slug", a."Title",
                   snippet("ArticlesFts", -1, {MarkStart}, {MarkEnd}, '…', 16) AS "Snippet",
                   bm25("ArticlesFts", 10.0, 4.0, 1.0) AS "Rank"
            FROM "ArticlesFts"
            JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
            WHERE "ArticlesFts" MATCH {match}
              AND NOT EXISTS (SELECT 1 FROM "PendingArticles" AS p WHERE p."ArticleId" = a."Id")
            ORDER BY "Rank"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }

    /// <summary>ts_headline's options: the marks, and one fragment of about 16 words, as FTS5's snippet cuts.</summary>
    private const string HeadlineOptions = $"StartSel={MarkStart}, StopSel={MarkEnd}, MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…";

    private static async Task<IReadOnlyList<SearchHit>> SearchPostgreSqlAsync(BharatBriefDbContext db, string text, int limit, CancellationToken cancellationToken)
    {
        if (FtsQuery.ForPostgreSql(text) is not { } query)
        {
            return [];
        }
        // Weights are {D, C, B, A}: body C, lede B, title A, as on SQLite a title match weighs ten body matches and a
        // lede match four. Rank is negated so that lower is better, as bm25 gives it.
        return await db.Database.SqlQuery<SearchHit>($"""
            SELECT a."Id" AS "ArticleId", a."Slug", a."Title",
                   ts_headline('english', concat_ws(' ', a."Lede", a."Body"), q, {HeadlineOptions}) AS "Snippet",
                   -ts_rank(ARRAY[0.1, 0.1, 0.4, 1.0]::real[], a."SearchVector", q)::double precision AS "Rank"
            FROM "Articles" AS a, to_tsquery('english', {query}) AS q
            WHERE a."SearchVector" @@ q
              AND NOT EXISTS (SELECT 1 FROM "PendingArticles" AS p WHERE p."ArticleId" = a."Id")
            ORDER BY "Rank", a."Id"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }
}
