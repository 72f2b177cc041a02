namespace BharatBrief.Data.Tests.Cli;

/// <summary>What a run killed part way must never leave, in SQL both providers read.</summary>
internal static class InterruptedRunSql
{
    /// <summary>Mentions of articles readers see that are merged into no summit or agreement: facts readers would miss.</summary>
    public const string UnlinkedMentionsOfVisibleArticles = """
        SELECT (SELECT COUNT(*) FROM "SummitMentions" m WHERE m."SummitId" IS NULL
                    AND NOT EXISTS (SELECT 1 FROM "PendingArticles" p WHERE p."ArticleId" = m."ArticleId"))
             + (SELECT COUNT(*) FROM "AgreementMentions" m WHERE m."AgreementId" IS NULL
                    AND NOT EXISTS (SELECT 1 FROM "PendingArticles" p WHERE p."ArticleId" = m."ArticleId"))
        """;

    /// <summary>Articles readers do not see yet (not consolidated) with a mention already merged into a summit or agreement.</summary>
    public const string PendingArticlesWithMergedMentions = """
        SELECT COUNT(*) FROM "PendingArticles" p
        WHERE EXISTS (SELECT 1 FROM "SummitMentions" m WHERE m."ArticleId" = p."ArticleId" AND m."SummitId" IS NOT NULL)
           OR EXISTS (SELECT 1 FROM "AgreementMentions" m WHERE m."ArticleId" = p."ArticleId" AND m."AgreementId" IS NOT NULL)
        """;
}
