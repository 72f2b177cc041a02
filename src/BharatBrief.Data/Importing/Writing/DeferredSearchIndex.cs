using System.Text.Json;
using BharatBrief.Data.Storage;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// Indexes a batch's new articles in one statement at its end. Row by row, FTS5 would write its pending terms at
/// every later statement of the transaction, a segment per article to be merged again and again; per batch it
/// writes one. The deferral row and the index entries are part of the batch's transaction, so a batch that is
/// rolled back leaves neither behind. (On PostgreSQL each row's search column is generated with it: nothing to defer.)
/// </summary>
internal sealed class DeferredSearchIndex(BharatBriefDbContext db)
{
    private readonly List<int> _batch = [];
    private int? _article;

    /// <summary>Stops the insert trigger for the rest of the open transaction.</summary>
    public Task DeferAsync() => StoreDialect.Of(db).DeferArticleIndexAsync(db);

    /// <summary>The article being written is new and needs an index entry once it is kept.</summary>
    public void Add(int articleId) => _article = articleId;

    public void KeepArticle()
    {
        if (_article is int id)
        {
            _batch.Add(id);
        }
        _article = null;
    }

    public void DropArticle() => _article = null;

    /// <summary>Indexes the batch's kept articles and lifts the deferral; call inside the transaction, just before committing.</summary>
    public async Task FlushAsync()
    {
        var ids = _batch.Count > 0 ? JsonSerializer.Serialize(_batch.ToArray(), StoreIdsJsonContext.Default.Int32Array) : null;
        await StoreDialect.Of(db).FlushArticleIndexAsync(db, ids);
        Forget();
    }

    /// <summary>The batch was rolled back: nothing of it is to be indexed.</summary>
    public void Forget()
    {
        _batch.Clear();
        _article = null;
    }
}
