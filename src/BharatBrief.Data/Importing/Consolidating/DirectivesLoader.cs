using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Merging;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Importing.Consolidating;

/// <summary>
/// Reads editors' mention directives and keeps those that still apply: the article still has a mention at that
/// position and it still quotes the same first sentence. A directive about text that changed lapses.
/// </summary>
internal static class DirectivesLoader
{
    public static async Task<ConsolidationDirectives> LoadAsync(BharatBriefDbContext db, IReadOnlyList<ArticleFacts> facts, CancellationToken cancellationToken)
    {
        var directives = await db.MentionDirectives.AsNoTracking().ToListAsync(cancellationToken);
        if (directives.Count == 0)
        {
            return ConsolidationDirectives.None;
        }
        var present = facts.Select(article => article.ArticleId).ToHashSet();
        var quotes = await FirstQuotesAsync(db, [.. directives.Select(directive => directive.ArticleId).Distinct()], cancellationToken);
        var detachedSummits = new HashSet<MentionRef>();
        var detachedAgreements = new HashSet<MentionRef>();
        var pins = new Dictionary<MentionRef, int>();
        foreach (var directive in directives)
        {
            if (!present.Contains(directive.ArticleId)
                || quotes.GetValueOrDefault((directive.Target, directive.ArticleId, directive.MentionIndex)) != directive.Quote)
            {
                continue;
            }
            var mention = new MentionRef(directive.ArticleId, directive.MentionIndex);
            switch (directive)
            {
                case { Detached: true, Target: CorrectionTarget.SummitMention }:
                    detachedSummits.Add(mention);
                    break;
                case { Detached: true, Target: CorrectionTarget.AgreementMention }:
                    detachedAgreements.Add(mention);
                    break;
                case { SummitId: { } summit, Target: CorrectionTarget.SummitMention }:
                    pins[mention] = summit;
                    break;
            }
        }
        return new ConsolidationDirectives(detachedSummits, detachedAgreements, pins);
    }

    /// <summary>
    /// The first sentence each mention of the directed articles quotes, which names it across re-parsing. Read from the
    /// stored rows: the records merging holds keep no agreement quotes.
    /// </summary>
    private static async Task<Dictionary<(CorrectionTarget, int, int), string>> FirstQuotesAsync(BharatBriefDbContext db, int[] articleIds, CancellationToken cancellationToken)
    {
        var summits = await db.SummitMentions.AsNoTracking().Where(row => articleIds.Contains(row.ArticleId))
            .Select(row => new { row.ArticleId, row.Index, row.Evidence }).ToListAsync(cancellationToken);
        var agreements = await db.AgreementMentions.AsNoTracking().Where(row => articleIds.Contains(row.ArticleId))
            .Select(row => new { row.ArticleId, row.Index, row.Evidence }).ToListAsync(cancellationToken);
        var quotes = new Dictionary<(CorrectionTarget, int, int), string>();
        foreach (var row in summits)
        {
            quotes[(CorrectionTarget.SummitMention, row.ArticleId, row.Index)] = row.Evidence.Count > 0 ? row.Evidence[0].Quote : "";
        }
        foreach (var row in agreements)
        {
            quotes[(CorrectionTarget.AgreementMention, row.ArticleId, row.Index)] = row.Evidence.Count > 0 ? row.Evidence[0].Quote : "";
        }
        return quotes;
    }
}
