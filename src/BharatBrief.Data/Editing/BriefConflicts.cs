using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Editing;

/// <summary>
/// A save made on a version another editor has since replaced: the attempt is kept as a "conflict" revision so that
/// neither edit is lost, and the editor is told which fields the other editor changed.
/// </summary>
internal static class BriefConflicts
{
    public static async Task<BriefSaveResult> KeepAttemptAsync(
        BharatBriefDbContext db, Brief current, int expectedVersion, BriefDraft? attempt, string user, TimeProvider time, CancellationToken cancellationToken)
    {
        var startedFrom = await db.BriefRevisions.AsNoTracking()
            .Where(revision => revision.BriefId == current.Id && revision.Version == expectedVersion && revision.Action != "conflict")
            .OrderByDescending(revision => revision.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var changedByOther = startedFrom is null ? [] : BriefContent.Differences(BriefContent.DraftOf(startedFrom), BriefContent.DraftOf(current));
        if (attempt is not null)
        {
            var number = await db.BriefRevisions.Where(r => r.BriefId == current.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
            var kept = new Brief { Id = current.Id, Title = "", Body = "", CreatedBy = current.CreatedBy, UpdatedBy = user, Version = expectedVersion };
            BriefContent.Apply(kept, attempt);
            db.BriefRevisions.Add(BriefContent.Revision(kept, number + 1, "conflict",
                BriefContent.Differences(BriefContent.DraftOf(current), attempt), user, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
        return BriefSaveResult.Conflict(current, changedByOther);
    }
}
