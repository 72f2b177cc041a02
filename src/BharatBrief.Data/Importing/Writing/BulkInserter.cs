using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// Inserts entities of one type through one prepared statement, reused for every row. SaveChanges costs about a
/// millisecond per article in change tracking and command building, more than parsing should; this writes the
/// same rows in a fraction of that. Table, columns, type mappings and value converters all come from the EF Core
/// model, so the rows are the ones SaveChanges would write and follow the model when it changes.
/// </summary>
internal sealed class BulkInserter<T> : IDisposable
    where T : class
{
    private readonly BharatBriefDbContext _db;
    private readonly DbCommand _command;
    private readonly BulkColumn[] _columns;
    private readonly bool _returnsKey;

    public BulkInserter(BharatBriefDbContext db)
    {
        _db = db;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()!.Properties;
        var generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd } single] ? single : null;
        var properties = entityType.GetProperties().Where(property => property != generatedKey).ToArray();

        _command = db.Database.GetDbConnection().CreateCommand();
        _columns = new BulkColumn[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var mapping = (RelationalTypeMapping)properties[i].GetTypeMapping();
            var parameter = mapping.CreateParameter(_command, $"$p{i}", null, properties[i].IsNullable);
            _command.Parameters.Add(parameter);
            _columns[i] = new BulkColumn(parameter, properties[i].GetGetter(), mapping.Converter);
        }
        _returnsKey = generatedKey is not null;
        var names = string.Join(", ", properties.Select(property => $"\"{property.GetColumnName(table)}\""));
        var values = string.Join(", ", properties.Select((_, i) => $"$p{i}"));
        _command.CommandText = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({values})";
    }

    /// <summary>Inserts <paramref name="entity"/> in the context's current transaction; returns its generated key, or 0 when the key is not generated.</summary>
    public long Insert(T entity)
    {
        _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var column in _columns)
        {
            column.Parameter.Value = ToProvider(column.Getter.GetClrValue(entity), column.Converter);
        }
        _command.ExecuteNonQuery();
        // The connection's last rowid rather than RETURNING: a statement that returns rows costs a data reader per
        // row, and most rows' keys are never asked for. Trigger inserts do not change it once the statement is done.
        return _returnsKey ? raw.sqlite3_last_insert_rowid(((SqliteConnection)_command.Connection!).Handle) : 0;
    }

    public void Dispose() => _command.Dispose();

    private static object ToProvider(object? value, ValueConverter? converter) => value switch
    {
        null => DBNull.Value,
        _ when converter is not null => converter.ConvertToProvider(value) ?? DBNull.Value,
        // Enums without a converter are stored as numbers, as EF Core stores them.
        Enum => Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
