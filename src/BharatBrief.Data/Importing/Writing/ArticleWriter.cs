using System.Diagnostics;
using BharatBrief.Data.Entities;
using BharatBrief.Ingestion.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// Stores prepared articles one at a time on one context: decides unchanged and duplicate against what is stored,
/// inserts new articles, replaces the facts of changed ones. Every article is written inside its own savepoint and
/// marked pending, hidden from readers until a consolidation publishes it. A changed article holds its batch open to
/// the end of the run: readers see its earlier version, with the summits it was merged into, until then.
/// New rows go through prepared inserts; the rare update of an article row goes through EF Core.
/// </summary>
internal sealed class ArticleWriter(
    BharatBriefDbContext db,
    KnownArticles known,
    BatchTransaction batch,
    FactInserters inserters,
    string pipelineVersion,
    ILogger logger)
{
    public async Task<IngestOutcome> WriteAsync(PreparedArticle prepared)
    {
        foreach (var warning in prepared.Warnings)
        {
            ImportLog.FileWarning(logger, prepared.Name, warning);
        }
        if (prepared.SkipReason is { } reason)
        {
            return Skip(prepared, reason);
        }
        var parsed = prepared.Parsed;
        var existing = prepared.BriefId is { } briefId ? known.WithBrief(briefId) : known.WithSource(prepared.SourceName);
        if (parsed is null || existing?.IsSame(parsed.ContentHash, prepared.MetadataHash, pipelineVersion) == true)
        {
            ImportLog.Unchanged(logger, prepared.Name);
            return new IngestOutcome(prepared.Name, IngestAction.Unchanged, existing?.Slug, null, prepared.Warnings);
        }
        if (known.DuplicateOf(parsed.ContentHash, existing?.Id) is { } original)
        {
            return Skip(prepared, $"duplicate of {original.Slug}");
        }

        var clock = Stopwatch.StartNew();
        await batch.BeginArticleAsync();
        KnownArticle stored;
        try
        {
            stored = await StoreAsync(prepared.Rows!, prepared.BriefId, existing);
            await batch.EndArticleAsync(holdToEnd: existing is not null);
        }
        catch (Exception ex)
        {
            // Whatever failed, the article's writes go; only then is it decided whether the run can go on.
            await batch.AbandonArticleAsync();
            if (!StoreFailures.IsArticleLevel(ex))
            {
                throw;
            }
            ImportLog.StoreFailed(logger, ex, prepared.Name);
            return Skip(prepared, $"could not be stored ({ex.GetBaseException().Message})");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        known.Remember(stored, existing);
        var action = existing is null ? IngestAction.Ingested : IngestAction.Updated;
        ImportLog.ArticleStored(logger, stored.Slug, prepared.Name, action, parsed.Summits.Count, parsed.Agreements.Count,
            parsed.Figures.Count, parsed.Themes.Count, prepared.ParseMilliseconds + clock.ElapsedMilliseconds);
        return new IngestOutcome(prepared.Name, action, stored.Slug, null, prepared.Warnings);
    }

    private async Task<KnownArticle> StoreAsync(ArticleRows rows, int? briefId, KnownArticle? existing)
    {
        var article = rows.Article;
        rows.Place(existing?.Slug ?? known.FreeSlug(article.Slug), briefId);
        if (existing is null)
        {
            article.Id = (int)inserters.Articles.Insert(rows.ArticleValues);
            batch.IndexOnCommit(article.Id);
        }
        else
        {
            // Same Id and slug, new facts: the old rows go, so nothing of the earlier version is left behind.
            await DeleteFactsAsync(existing.Id);
            article.Id = existing.Id;
            article.IngestedAt = existing.IngestedAt;
            db.Articles.Update(article);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        rows.BelongTo(article.Id);
        inserters.InsertFacts(rows);
        inserters.Pending.Mark(article.Id);
        return new KnownArticle(article.Id, article.Slug, article.SourceName, article.BriefId, article.ContentHash, article.MetadataHash,
            pipelineVersion, article.IngestedAt);
    }

    private async Task DeleteFactsAsync(int articleId)
    {
        await db.ArticleThemes.Where(theme => theme.ArticleId == articleId).ExecuteDeleteAsync();
        await db.SummitMentions.Where(mention => mention.ArticleId == articleId).ExecuteDeleteAsync();
        await db.AgreementMentions.Where(mention => mention.ArticleId == articleId).ExecuteDeleteAsync();
        await db.Figures.Where(figure => figure.ArticleId == articleId).ExecuteDeleteAsync();
    }

    private IngestOutcome Skip(PreparedArticle prepared, string reason)
    {
        ImportLog.Skipped(logger, prepared.Name, reason);
        if (prepared.Failure is { } failure)
        {
            ImportLog.SkipCause(logger, failure, prepared.Name);
        }
        return new IngestOutcome(prepared.Name, IngestAction.Skipped, null, reason, prepared.Warnings);
    }
}
