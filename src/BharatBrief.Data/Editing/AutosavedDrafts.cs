using System.Text;
using BharatBrief.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BharatBrief.Data.Editing;

/// <summary>The fields of a brief's form as an editor left them, each as typed.</summary>
public sealed record DraftFields(string Title, string Body, string? PublishedOn, string? SourceName, string? SourceUrl, string? Tags)
{
    /// <summary>The most a draft keeps of a one-line field: far more than any rule accepts, little enough to bound what a page can store.</summary>
    public const int MaxLineLength = 2000;

    /// <summary>False when a field is longer than a draft keeps (the body by its UTF-8 bytes, as a brief's).</summary>
    public bool FitsADraft =>
        Encoding.UTF8.GetByteCount(Body) <= BriefRules.MaxBodyBytes
        && new[] { Title, PublishedOn, SourceName, SourceUrl, Tags }.All(line => (line?.Length ?? 0) <= MaxLineLength);
}

/// <summary>A brief's current version, its author and time: what an open form is checked against.</summary>
public sealed record BriefVersionStamp(int BriefId, int Version, string UpdatedBy, DateTime UpdatedAt);

/// <summary>
/// Editors' unsaved typing, one draft per editor and brief (a brief not yet created has one per editor), written over
/// as they type. A draft never touches the brief, its revisions or the record: only saving or publishing does, and
/// then the draft is dropped.
/// </summary>
public sealed class AutosavedDrafts(IDbContextFactory<BharatBriefDbContext> contexts, TimeProvider time)
{
    /// <summary>Keeps <paramref name="fields"/> as <paramref name="editor"/>'s draft of the brief; returns when, or null when the brief is gone or the fields too long.</summary>
    public async Task<DateTime?> KeepAsync(string editor, int? briefId, int baseVersion, DraftFields fields, CancellationToken cancellationToken = default)
    {
        if (!fields.FitsADraft)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (briefId is { } id && !await db.Briefs.AnyAsync(brief => brief.Id == id, cancellationToken))
        {
            return null;
        }
        var draft = await Of(db, editor, briefId).SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            draft = new AutosavedDraft { Editor = editor, BriefId = briefId, Title = "", Body = "" };
            db.AutosavedDrafts.Add(draft);
        }
        draft.BaseVersion = baseVersion;
        draft.Title = fields.Title;
        draft.Body = fields.Body;
        draft.PublishedOn = fields.PublishedOn;
        draft.SourceName = fields.SourceName;
        draft.SourceUrl = fields.SourceUrl;
        draft.Tags = fields.Tags;
        draft.SavedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return draft.SavedAt;
    }

    public async Task<AutosavedDraft?> FindAsync(string editor, int? briefId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Of(db, editor, briefId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
    }

    public async Task DiscardAsync(string editor, int? briefId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Of(db, editor, briefId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The brief's version and who saved it last, or null when there is no such brief.</summary>
    public async Task<BriefVersionStamp?> CurrentVersionAsync(int briefId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Briefs.AsNoTracking().Where(brief => brief.Id == briefId)
            .Select(brief => new BriefVersionStamp(brief.Id, brief.Version, brief.UpdatedBy, brief.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<AutosavedDraft> Of(BharatBriefDbContext db, string editor, int? briefId) =>
        briefId is { } id
            ? db.AutosavedDrafts.Where(draft => draft.Editor == editor && draft.BriefId == id)
            : db.AutosavedDrafts.Where(draft => draft.Editor == editor && draft.BriefId == null);
}
