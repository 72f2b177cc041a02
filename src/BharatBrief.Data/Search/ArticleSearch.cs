using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Search;

/// <summary>Full-text search over article titles, ledes and bodies through the FTS5 index, ranked by bm25.</summary>
public sealed class ArticleSearch(IDbContextFactory<BharatBriefDbContext> contexts)
{
    /// <summary>Opens a matched term in <see cref="SearchHit.Snippet"/>: a character articles do not use, to replace after encoding.</summary>
    public const string MarkStart = "\u27E6";

    /// <summary>Closes a matched term in <see cref="SearchHit.Snippet"/>.</summary>
    public const string MarkEnd = "\u27E7";

    /// <summary>Articles matching every word of <paramref name="text"/> (the last word as a prefix), best first.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (FtsQuery.From(text) is not { } match)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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
}
