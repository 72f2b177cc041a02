using System.Data.Common;
using BharatBrief.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// Inserts rows of one type through one prepared statement, reused for every row. SaveChanges costs about a
/// millisecond per article in change tracking and command building, more than parsing should; this writes the
/// same rows in a fraction of that. Table, columns, type mappings and value converters all come from the EF Core
/// model (<see cref="RowShape{T}"/>), so the rows are the ones SaveChanges would write and follow the model when it changes.
/// </summary>
internal sealed class BulkInserter<T> : IDisposable
    where T : class
{
    private readonly BharatBriefDbContext _db;
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly StoreDialect _dialect;

    public BulkInserter(BharatBriefDbContext db)
        : this(db, new RowShape<T>(db.Model))
    {
    }

    public BulkInserter(BharatBriefDbContext db, RowShape<T> shape)
    {
        _db = db;
        Shape = shape;
        _dialect = StoreDialect.Of(db);
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.CommandText = _dialect.InsertSql(shape.Table, shape.Columns, shape.KeyColumn);
        _parameters = new DbParameter[shape.Properties.Count];
        for (var i = 0; i < _parameters.Length; i++)
        {
            var property = shape.Properties[i];
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            _parameters[i] = mapping.CreateParameter(_command, _dialect.Parameter(i), null, property.IsNullable);
            _command.Parameters.Add(_parameters[i]);
        }
    }

    public RowShape<T> Shape { get; }

    /// <summary>Inserts <paramref name="entity"/> in the context's current transaction; returns its generated key, or 0 when the key is not generated.</summary>
    public long Insert(T entity) => Insert(Shape.ValuesOf(entity));

    /// <summary>Inserts a row given as <see cref="RowShape{T}.ValuesOf"/> gives it; returns its generated key, or 0.</summary>
    public long Insert(object[] values)
    {
        _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i];
        }
        return _dialect.ExecuteInsert(_command, Shape.HasGeneratedKey);
    }

    public void Dispose() => _command.Dispose();
}
