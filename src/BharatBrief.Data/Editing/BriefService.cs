using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Editing;

/// <summary>
/// Editors' briefs: saved with a revision each time, published through the same pipeline as any article (the brief,
/// its article and the merged record commit together), taken off the record without losing the text, restored from
/// any revision. A save made on a stale version is a conflict: nothing changes, and the attempt is kept as a revision.
/// </summary>
public sealed class BriefService(
    IDbContextFactory<BharatBriefDbContext> contexts,
    ArticleImporter importer,
    ImportOptions options,
    TimeProvider time,
    ILogger<BriefService> logger)
{
    /// <summary>What the pipeline makes of a draft, without storing anything.</summary>
    public ParsedArticle Preview(BriefDraft draft) => options.Parse(BriefSources.Of(draft));

    public async Task<IReadOnlyList<Brief>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Briefs.AsNoTracking().Include(brief => brief.Article).OrderByDescending(brief => brief.UpdatedAt).ToListAsync(cancellationToken);
    }

    public async Task<Brief?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Briefs.AsNoTracking().Include(brief => brief.Article)
            .Include(brief => brief.Revisions.OrderByDescending(revision => revision.Number))
            .SingleOrDefaultAsync(brief => brief.Id == id, cancellationToken);
    }

    public async Task<BriefSaveResult> CreateAsync(BriefDraft draft, string user, CancellationToken cancellationToken = default)
    {
        var errors = BriefRules.Check(draft, Today);
        if (errors.Count > 0)
        {
            return BriefSaveResult.Invalid(errors);
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var brief = new Brief { Title = "", Body = "", CreatedBy = user, CreatedAt = now, UpdatedBy = user, UpdatedAt = now, Version = 1, State = BriefState.Draft };
        var changed = BriefContent.Apply(brief, draft);
        brief.Revisions.Add(BriefContent.Revision(brief, 1, "created", changed, user, now));
        db.Briefs.Add(brief);
        await db.SaveChangesAsync(cancellationToken);
        EditingLog.BriefSaved(logger, brief.Id, "created", user);
        return BriefSaveResult.Saved(brief, "Draft saved.");
    }

    /// <summary>Saves a new version; a published brief's article and facts are replaced with it.</summary>
    public Task<BriefSaveResult> SaveAsync(int id, BriefDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, draft, publish: null, "saved", cancellationToken);

    public Task<BriefSaveResult> PublishAsync(int id, BriefDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, draft, publish: true, "published", cancellationToken);

    public Task<BriefSaveResult> UnpublishAsync(int id, int expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, user, draft: null, publish: false, "unpublished", cancellationToken);

    /// <summary>Makes an earlier revision's text current again (a new revision); a published brief is republished with it.</summary>
    public async Task<BriefSaveResult> RestoreAsync(int id, int revisionNumber, int expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revision = await db.BriefRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.BriefId == id && r.Number == revisionNumber, cancellationToken);
        return revision is null
            ? BriefSaveResult.NotFound()
            : await ChangeAsync(id, expectedVersion, user, BriefContent.DraftOf(revision), publish: null, "restored", cancellationToken);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task<BriefSaveResult> ChangeAsync(
        int id, int expectedVersion, string user, BriefDraft? draft, bool? publish, string action, CancellationToken cancellationToken)
    {
        if (draft is not null && BriefRules.Check(draft, Today) is { Count: > 0 } errors)
        {
            return BriefSaveResult.Invalid(errors);
        }
        await using var db = await importer.OpenForWritingAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(brief => brief.Id == id, cancellationToken);
        if (current is null)
        {
            return BriefSaveResult.NotFound();
        }
        if (current.Version != expectedVersion)
        {
            var conflict = await BriefConflicts.KeepAttemptAsync(db, current, expectedVersion, draft, user, time, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            EditingLog.BriefConflict(logger, id, user, expectedVersion, current.Version);
            return conflict;
        }
        var published = publish ?? current.State == BriefState.Published;
        var content = draft ?? BriefContent.DraftOf(current);
        var articleChanged = false;
        if (published)
        {
            var outcome = await importer.WriteWithinAsync(db, BriefSources.Of(content), id, cancellationToken);
            if (outcome.Action == IngestAction.Skipped)
            {
                return BriefSaveResult.Rejected(current, $"The brief cannot go on the record ({outcome.Reason}); nothing was saved.");
            }
            articleChanged = outcome.Action is IngestAction.Ingested or IngestAction.Updated;
        }
        else if (current.ArticleId is { } articleId)
        {
            await db.Articles.Where(article => article.Id == articleId).ExecuteDeleteAsync(cancellationToken);
            articleChanged = true;
        }

        var brief = await db.Briefs.SingleAsync(b => b.Id == id, cancellationToken);
        var changed = BriefContent.Apply(brief, content);
        brief.State = published ? BriefState.Published : publish == false ? BriefState.Unpublished : brief.State;
        brief.ArticleId = published ? await db.Articles.Where(a => a.BriefId == id).Select(a => (int?)a.Id).SingleAsync(cancellationToken) : null;
        brief.Version++;
        brief.UpdatedBy = user;
        brief.UpdatedAt = time.GetUtcNow().UtcDateTime;
        var number = await db.BriefRevisions.Where(r => r.BriefId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        db.BriefRevisions.Add(BriefContent.Revision(brief, number + 1, action, changed, user, brief.UpdatedAt));
        await db.SaveChangesAsync(cancellationToken);
        if (articleChanged)
        {
            await importer.ConsolidateWithinAsync(db, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        EditingLog.BriefSaved(logger, id, action, user);
        return BriefSaveResult.Saved(brief, published ? "Published: the brief is on the record." : action == "unpublished" ? "Taken off the record; the text is kept." : "Saved.");
    }
}
