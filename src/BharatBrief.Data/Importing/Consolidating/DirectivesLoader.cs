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
        var articles = facts.ToDictionary(article => article.ArticleId);
        var detachedSummits = new HashSet<MentionRef>();
        var detachedAgreements = new HashSet<MentionRef>();
        var pins = new Dictionary<MentionRef, int>();
        foreach (var directive in directives)
        {
            if (!articles.TryGetValue(directive.ArticleId, out var article) || QuoteOf(article, directive) != directive.Quote)
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

    /// <summary>The first sentence the mention quotes, which names it across re-parsing.</summary>
    public static string? QuoteOf(ArticleFacts article, MentionDirective directive)
    {
        IReadOnlyList<Evidence>? evidence = directive.Target == CorrectionTarget.SummitMention
            ? directive.MentionIndex < article.Summits.Count ? article.Summits[directive.MentionIndex].Evidence : null
            : directive.MentionIndex < article.Agreements.Count ? article.Agreements[directive.MentionIndex].Evidence : null;
        return evidence is { Count: > 0 } ? evidence[0].Quote : null;
    }
}
