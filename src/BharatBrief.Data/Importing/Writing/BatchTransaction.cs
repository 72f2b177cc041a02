using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// One transaction per batch of articles and a savepoint per article: a failing article is rolled back alone, and a
/// run that stops keeps every committed batch. Committing per batch rather than per article is what makes a bulk
/// ingest fast; SQLite syncs the file once per commit, and the search index is written once per batch.
/// A batch of new articles commits them pending, which readers do not see. A batch that changed a stored article
/// (which readers do see) is held open instead, batch after batch, until the end of the run, where it commits with
/// the consolidation (<see cref="CommitAsync"/> with work alongside): a run killed before leaves that article as it was.
/// </summary>
internal sealed class BatchTransaction(BharatBriefDbContext db, int batchSize) : IAsyncDisposable
{
    private const string ArticleSavepoint = "article";

    private readonly DeferredSearchIndex _searchIndex = new(db);
    private readonly int _batchSize = Math.Max(1, batchSize);
    private IDbContextTransaction? _transaction;
    private bool _ownsTransaction;
    private bool _held;
    private int _pending;

    /// <summary>Articles committed so far.</summary>
    public int Committed { get; private set; }

    public async Task BeginArticleAsync()
    {
        if (_transaction is null)
        {
            // Inside a caller's transaction (an editor's save) the articles commit with it, not on their own.
            _ownsTransaction = db.Database.CurrentTransaction is null;
            _transaction = db.Database.CurrentTransaction ?? await db.Database.BeginTransactionAsync();
            await _searchIndex.DeferAsync();
        }
        await _transaction.CreateSavepointAsync(ArticleSavepoint);
    }

    /// <summary>The article being written was inserted as <paramref name="articleId"/>: index it when the batch commits.</summary>
    public void IndexOnCommit(int articleId) => _searchIndex.Add(articleId);

    /// <summary>
    /// Keeps the article's writes; commits when the batch is full, unless this article or an earlier one of the open
    /// transaction changed a stored article (<paramref name="holdToEnd"/>): then only the search index is written, and
    /// the transaction stays open for <see cref="CommitAsync"/> at the end of the run.
    /// </summary>
    public async Task EndArticleAsync(bool holdToEnd = false)
    {
        await _transaction!.ReleaseSavepointAsync(ArticleSavepoint);
        _searchIndex.KeepArticle();
        _held |= holdToEnd;
        _pending++;
        if (_pending % _batchSize == 0)
        {
            if (_held)
            {
                await _searchIndex.FlushAsync();
                await _searchIndex.DeferAsync();
            }
            else
            {
                await CommitAsync();
            }
        }
    }

    /// <summary>
    /// Undoes the article's writes and forgets its entities; earlier articles of the batch stay. When even that
    /// fails (the store is gone), the whole open batch is rolled back: losing finished articles is better than
    /// committing a half-written one.
    /// </summary>
    public async Task AbandonArticleAsync()
    {
        db.ChangeTracker.Clear();
        _searchIndex.DropArticle();
        if (_transaction is null)
        {
            return;
        }
        try
        {
            await _transaction.RollbackToSavepointAsync(ArticleSavepoint);
        }
        catch (Exception)
        {
            await DisposeAsync();
        }
    }

    /// <summary>
    /// Indexes the open batch's new articles and commits it. With <paramref name="alongside"/>, that work (the
    /// consolidation) runs inside the same transaction just before the commit, opening one when no batch is open.
    /// </summary>
    public async Task CommitAsync(Func<Task>? alongside = null)
    {
        if (_transaction is null)
        {
            if (alongside is null)
            {
                return;
            }
            _ownsTransaction = db.Database.CurrentTransaction is null;
            _transaction = db.Database.CurrentTransaction ?? await db.Database.BeginTransactionAsync();
        }
        await _searchIndex.FlushAsync();
        if (alongside is not null)
        {
            await alongside();
        }
        if (_ownsTransaction)
        {
            await _transaction.CommitAsync();
            await _transaction.DisposeAsync();
        }
        _transaction = null;
        _held = false;
        Committed += _pending;
        _pending = 0;
    }

    /// <summary>Rolls back whatever was not committed.</summary>
    public async ValueTask DisposeAsync()
    {
        _searchIndex.Forget();
        if (_transaction is not null)
        {
            if (_ownsTransaction)
            {
                await _transaction.DisposeAsync();
            }
            _transaction = null;
            _held = false;
            _pending = 0;
        }
    }
}
