using System.Text.Json;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Importing;
using BharatBrief.Data.Importing.Consolidating;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Editing;

/// <summary>
/// Editors' corrections to the record. Each is stored as an override or a mention directive that consolidation
/// applies every time it runs — so it survives re-ingestion — then the record is consolidated again and an entry is
/// written to the audit log, all in one transaction.
/// </summary>
public sealed class CorrectionService(ArticleImporter importer, TimeProvider time, ILogger<CorrectionService> logger)
{
    public Task<CorrectionResult> EditSummitAsync(int summitId, IReadOnlyDictionary<string, string?> changes, string user, CancellationToken cancellationToken = default)
    {
        var errors = SummitEditRules.Check(changes);
        return errors.Count > 0
            ? Task.FromResult(CorrectionResult.Refused("Some values cannot be used.", errors))
            : RunAsync(user, cancellationToken, async (db, at) =>
            {
                var summit = await db.Summits.AsNoTracking().SingleOrDefaultAsync(s => s.Id == summitId, cancellationToken);
                if (summit is null)
                {
                    return null;
                }
                var before = changes.Keys.ToDictionary(field => field, field => SummitFields.Read(summit, field));
                foreach (var (field, value) in changes)
                {
                    await Overrides.SetAsync(db, RowCorrections.SummitEntity, summitId, field, Normalise(value), user, at, cancellationToken);
                }
                return new Change("summit.edit", $"summit {summit.Slug}", before, changes, summit.Slug);
            });
    }

    /// <summary>Makes one summit of two reports of one meeting: every mention of both is pinned to the target.</summary>
    public Task<CorrectionResult> MergeSummitsAsync(int sourceId, int targetId, string user, CancellationToken cancellationToken = default) =>
        sourceId == targetId
            ? Task.FromResult(CorrectionResult.Refused("Choose two different summits to merge."))
            : RunAsync(user, cancellationToken, async (db, at) =>
            {
                var summits = await db.Summits.AsNoTracking().Where(s => s.Id == sourceId || s.Id == targetId).ToDictionaryAsync(s => s.Id, cancellationToken);
                if (summits.Count < 2)
                {
                    return null;
                }
                var mentions = await db.SummitMentions.AsNoTracking().Where(m => m.SummitId == sourceId || m.SummitId == targetId).ToListAsync(cancellationToken);
                await Directives.PinAsync(db, mentions, targetId, user, at, cancellationToken);
                await db.MentionDirectives.Where(d => d.SummitId == sourceId).ExecuteUpdateAsync(d => d.SetProperty(x => x.SummitId, targetId), cancellationToken);
                await db.FieldOverrides.Where(o => o.Entity == RowCorrections.SummitEntity && o.EntityId == sourceId).ExecuteDeleteAsync(cancellationToken);
                return new Change("summit.merge", $"summit {summits[targetId].Slug}",
                    new Dictionary<string, string?> { ["summits"] = $"{summits[sourceId].Slug}, {summits[targetId].Slug}" },
                    new Dictionary<string, string?> { ["summit"] = summits[targetId].Slug }, summits[targetId].Slug);
            });

    /// <summary>Moves some mentions of a summit to a summit of their own; the rest stay with the original.</summary>
    public Task<CorrectionResult> SplitSummitAsync(int summitId, IReadOnlyCollection<int> mentionRowIds, string user, CancellationToken cancellationToken = default) =>
        RunAsync(user, cancellationToken, async (db, at) =>
        {
            var summit = await db.Summits.AsNoTracking().SingleOrDefaultAsync(s => s.Id == summitId, cancellationToken);
            var mentions = await db.SummitMentions.AsNoTracking().Where(m => m.SummitId == summitId).ToListAsync(cancellationToken);
            var moving = mentions.Where(m => mentionRowIds.Contains(m.Id)).ToList();
            if (summit is null || moving.Count == 0 || moving.Count == mentions.Count)
            {
                return summit is null ? null : new Change("", "", new Dictionary<string, string?>(), new Dictionary<string, string?>(), null, "Choose some, but not all, of the summit's sources to split off.");
            }
            var split = await SummitSplits.CreateAsync(db, summit, cancellationToken);
            await Directives.PinAsync(db, moving, split.Id, user, at, cancellationToken);
            await Directives.PinAsync(db, mentions.Except(moving), summitId, user, at, cancellationToken);
            return new Change("summit.split", $"summit {summit.Slug}",
                new Dictionary<string, string?> { ["summit"] = summit.Slug },
                new Dictionary<string, string?> { ["summits"] = $"{summit.Slug}, {split.Slug}" }, split.Slug);
        });

    public Task<CorrectionResult> DetachSummitMentionAsync(int mentionRowId, string user, CancellationToken cancellationToken = default) =>
        RunAsync(user, cancellationToken, async (db, at) =>
        {
            var mention = await db.SummitMentions.AsNoTracking().Include(m => m.Summit).Include(m => m.Article).SingleOrDefaultAsync(m => m.Id == mentionRowId, cancellationToken);
            if (mention is null)
            {
                return null;
            }
            await Directives.DetachAsync(db, CorrectionTarget.SummitMention, mention.ArticleId, mention.Index, mention.Evidence, user, at, cancellationToken);
            return new Change("mention.detach", $"summit mention in {mention.Article!.Slug}",
                new Dictionary<string, string?> { ["summit"] = mention.Summit?.Slug }, new Dictionary<string, string?> { ["summit"] = null }, mention.Summit?.Slug);
        });

    public Task<CorrectionResult> DetachAgreementMentionAsync(int mentionRowId, string user, CancellationToken cancellationToken = default) =>
        RunAsync(user, cancellationToken, async (db, at) =>
        {
            var mention = await db.AgreementMentions.AsNoTracking().Include(m => m.Agreement).Include(m => m.Article).SingleOrDefaultAsync(m => m.Id == mentionRowId, cancellationToken);
            if (mention is null)
            {
                return null;
            }
            await Directives.DetachAsync(db, CorrectionTarget.AgreementMention, mention.ArticleId, mention.Index, mention.Evidence, user, at, cancellationToken);
            return new Change("mention.detach", $"agreement mention in {mention.Article!.Slug}",
                new Dictionary<string, string?> { ["agreement"] = mention.Agreement?.Slug }, new Dictionary<string, string?> { ["agreement"] = null }, mention.Agreement?.Slug);
        });

    public Task<CorrectionResult> RenameAgreementAsync(int agreementId, string name, string user, CancellationToken cancellationToken = default) =>
        PlainText.HasControlCharacters(name)
            ? Task.FromResult(CorrectionResult.Refused(PlainText.OneLineMessage, new Dictionary<string, string> { ["name"] = PlainText.OneLineMessage }))
            : string.IsNullOrWhiteSpace(name) || name.Length > 300
            ? Task.FromResult(CorrectionResult.Refused("A name of up to 300 characters.", new Dictionary<string, string> { ["name"] = "A name of up to 300 characters." }))
            : AgreementChangeAsync(agreementId, "agreement.rename", user, cancellationToken,
                agreement => new Dictionary<string, string?> { [AgreementFields.Name] = agreement.Name },
                new Dictionary<string, string?> { [AgreementFields.Name] = name.Trim() });

    public Task<CorrectionResult> AddAgreementAliasAsync(int agreementId, string alias, string user, CancellationToken cancellationToken = default) =>
        PlainText.HasControlCharacters(alias)
            ? Task.FromResult(CorrectionResult.Refused(PlainText.OneLineMessage, new Dictionary<string, string> { ["alias"] = PlainText.OneLineMessage }))
            : string.IsNullOrWhiteSpace(alias) || alias.Length > 100
            ? Task.FromResult(CorrectionResult.Refused("An alias of up to 100 characters.", new Dictionary<string, string> { ["alias"] = "An alias of up to 100 characters." }))
            : RunAsync(user, cancellationToken, async (db, at) =>
            {
                var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
                if (agreement is null)
                {
                    return null;
                }
                var added = await Overrides.AddedAliasesAsync(db, agreementId, cancellationToken);
                added.Add(alias.Trim());
                await Overrides.SetAsync(db, RowCorrections.AgreementEntity, agreementId, AgreementFields.Aliases, JsonSerializer.Serialize(added.Distinct()), user, at, cancellationToken);
                return new Change("agreement.alias", $"agreement {agreement.Slug}",
                    new Dictionary<string, string?> { ["aliases"] = string.Join(", ", agreement.Aliases) },
                    new Dictionary<string, string?> { ["aliases"] = string.Join(", ", agreement.Aliases.Append(alias.Trim())) }, agreement.Slug);
            });

    /// <summary>Sets an agreement's status by hand, citing the source that supports it.</summary>
    public Task<CorrectionResult> SetAgreementStatusAsync(int agreementId, AgreementStatus status, string source, string user, CancellationToken cancellationToken = default) =>
        PlainText.HasControlCharacters(source)
            ? Task.FromResult(CorrectionResult.Refused(PlainText.OneLineMessage, new Dictionary<string, string> { ["source"] = PlainText.OneLineMessage }))
            : string.IsNullOrWhiteSpace(source) || source.Length > 500
            ? Task.FromResult(CorrectionResult.Refused("Cite the source that supports the status.", new Dictionary<string, string> { ["source"] = "Cite the source that supports the status (up to 500 characters)." }))
            : AgreementChangeAsync(agreementId, "agreement.status", user, cancellationToken,
                agreement => new Dictionary<string, string?> { [AgreementFields.Status] = agreement.Status.ToSlug(), [AgreementFields.StatusSource] = agreement.StatusSource },
                new Dictionary<string, string?> { [AgreementFields.Status] = status.ToSlug(), [AgreementFields.StatusSource] = source.Trim() });

    public async Task<IReadOnlyList<CorrectionLogEntry>> LogAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await importer.OpenForWritingAsync(cancellationToken);
        return await db.CorrectionLog.AsNoTracking().OrderByDescending(entry => entry.At).ThenByDescending(entry => entry.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// An editor's decision on a summit from the review queue: "confirmed" shows it as certain, "rejected" keeps it out
    /// of every list readers see. Stored as an override, it holds through re-ingestion.
    /// </summary>
    public Task<CorrectionResult> ReviewSummitAsync(int summitId, string decision, string user, CancellationToken cancellationToken = default) =>
        !IsDecision(decision)
            ? Task.FromResult(CorrectionResult.Refused("Confirm or reject."))
            : RunAsync(user, cancellationToken, async (db, at) =>
            {
                var summit = await db.Summits.AsNoTracking().SingleOrDefaultAsync(s => s.Id == summitId, cancellationToken);
                if (summit is null)
                {
                    return null;
                }
                await Overrides.SetAsync(db, RowCorrections.SummitEntity, summitId, ReviewFields.Review, decision, user, at, cancellationToken);
                return new Change("summit.review", $"summit {summit.Slug}", ReviewState(summit.Confidence, summit.ConfidenceNotes),
                    new Dictionary<string, string?> { [ReviewFields.Review] = decision }, summit.Slug);
            });

    /// <summary>An editor's decision on an agreement from the review queue, as for summits.</summary>
    public Task<CorrectionResult> ReviewAgreementAsync(int agreementId, string decision, string user, CancellationToken cancellationToken = default) =>
        !IsDecision(decision)
            ? Task.FromResult(CorrectionResult.Refused("Confirm or reject."))
            : AgreementChangeAsync(agreementId, "agreement.review", user, cancellationToken,
                agreement => ReviewState(agreement.Confidence, agreement.ConfidenceNotes),
                new Dictionary<string, string?> { [ReviewFields.Review] = decision });

    private static bool IsDecision(string decision) => decision is ReviewFields.Confirmed or ReviewFields.Rejected;

    private static Dictionary<string, string?> ReviewState(double confidence, IReadOnlyList<string> notes) => new()
    {
        ["confidence"] = confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        ["notes"] = string.Join(", ", notes),
    };

    private Task<CorrectionResult> AgreementChangeAsync(int agreementId, string action, string user, CancellationToken cancellationToken,
        Func<Agreement, IReadOnlyDictionary<string, string?>> before, IReadOnlyDictionary<string, string?> after) =>
        RunAsync(user, cancellationToken, async (db, at) =>
        {
            var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
            if (agreement is null)
            {
                return null;
            }
            foreach (var (field, value) in after)
            {
                await Overrides.SetAsync(db, RowCorrections.AgreementEntity, agreementId, field, value, user, at, cancellationToken);
            }
            return new Change(action, $"agreement {agreement.Slug}", before(agreement), after, agreement.Slug);
        });

    private async Task<CorrectionResult> RunAsync(string user, CancellationToken cancellationToken, Func<BharatBriefDbContext, DateTime, Task<Change?>> change)
    {
        await using var db = await importer.OpenForWritingAsync(cancellationToken);
        // The writing context adds rows in bulk and does not look for changes; corrections change rows in place.
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var at = time.GetUtcNow().UtcDateTime;
        var done = await change(db, at);
        if (done is null)
        {
            return CorrectionResult.Refused("There is no such item in the record.");
        }
        if (done.Refusal is { } refusal)
        {
            return CorrectionResult.Refused(refusal);
        }
        db.CorrectionLog.Add(new CorrectionLogEntry
        {
            At = at,
            User = user,
            Action = done.Action,
            Subject = done.Subject,
            Before = JsonSerializer.Serialize(done.Before),
            After = JsonSerializer.Serialize(done.After),
        });
        await db.SaveChangesAsync(cancellationToken);
        await importer.ConsolidateWithinAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EditingLog.Corrected(logger, done.Action, done.Subject, user);
        return CorrectionResult.Done("Corrected. Readers see the new values now, and they stay through re-ingestion.", done.Slug);
    }

    private static string? Normalise(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record Change(
        string Action, string Subject, IReadOnlyDictionary<string, string?> Before, IReadOnlyDictionary<string, string?> After, string? Slug, string? Refusal = null);
}
