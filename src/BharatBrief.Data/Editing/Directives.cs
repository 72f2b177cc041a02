using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Editing;

/// <summary>Writes editors' mention directives, one per mention, the latest decision winning.</summary>
internal static class Directives
{
    public static async Task PinAsync(BharatBriefDbContext db, IEnumerable<SummitMentionRow> mentions, int summitId, string user, DateTime at, CancellationToken cancellationToken)
    {
        foreach (var mention in mentions)
        {
            var directive = await FindOrAddAsync(db, CorrectionTarget.SummitMention, mention.ArticleId, mention.Index, mention.Evidence, user, at, cancellationToken);
            directive.Detached = false;
            directive.SummitId = summitId;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task DetachAsync(BharatBriefDbContext db, CorrectionTarget target, int articleId, int index, IReadOnlyList<StoredEvidence> evidence,
        string user, DateTime at, CancellationToken cancellationToken)
    {
        var directive = await FindOrAddAsync(db, target, articleId, index, evidence, user, at, cancellationToken);
        directive.Detached = true;
        directive.SummitId = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<MentionDirective> FindOrAddAsync(BharatBriefDbContext db, CorrectionTarget target, int articleId, int index,
        IReadOnlyList<StoredEvidence> evidence, string user, DateTime at, CancellationToken cancellationToken)
    {
        var directive = db.MentionDirectives.Local.SingleOrDefault(d => d.Target == target && d.ArticleId == articleId && d.MentionIndex == index)
            ?? await db.MentionDirectives.SingleOrDefaultAsync(d => d.Target == target && d.ArticleId == articleId && d.MentionIndex == index, cancellationToken);
        if (directive is null)
        {
            directive = new MentionDirective { Target = target, ArticleId = articleId, MentionIndex = index, Quote = "", CreatedBy = user };
            db.MentionDirectives.Add(directive);
        }
        directive.Quote = evidence.Count > 0 ? evidence[0].Quote : "";
        directive.CreatedBy = user;
        directive.CreatedAt = at;
        return directive;
    }
}
