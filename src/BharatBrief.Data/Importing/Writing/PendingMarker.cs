using System.Data.Common;
using BharatBrief.Data.Entities;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// Marks stored articles pending (<see cref="PendingArticle"/>) through one prepared statement, reused for every
/// article: hidden from readers until the consolidation that merges their mentions commits. An article already marked
/// (stored by a run that stopped, and changed since) stays marked once.
/// </summary>
internal sealed class PendingMarker : IDisposable
{
    private readonly BharatBriefDbContext _db;
    private readonly DbCommand _command;
    private readonly DbParameter _articleId;

    public PendingMarker(BharatBriefDbContext db)
    {
        _db = db;
        var entityType = db.Model.FindEntityType(typeof(PendingArticle))!;
        var dialect = StoreDialect.Of(db);
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.CommandText = dialect.InsertIgnoringDuplicateSql(entityType.GetTableName()!, nameof(PendingArticle.ArticleId), dialect.Parameter(0));
        _articleId = _command.CreateParameter();
        _articleId.ParameterName = dialect.Parameter(0);
        _command.Parameters.Add(_articleId);
    }

    /// <summary>Marks the article in the context's current transaction.</summary>
    public void Mark(int articleId)
    {
        _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        _articleId.Value = articleId;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
