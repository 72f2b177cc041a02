using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>
/// The columns an insert of <typeparamref name="T"/> writes, taken from the EF Core model (a generated key is left to
/// the store), and one entity's values in the store's terms, value converters applied. Read-only once made, so parse
/// threads can turn entities into values while the single writer inserts them.
/// </summary>
internal sealed class RowShape<T>
    where T : class
{
    private readonly IProperty[] _properties;
    private readonly IClrPropertyGetter[] _getters;
    private readonly ValueConverter?[] _converters;

    public RowShape(IModel model)
    {
        var entityType = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()!.Properties;
        var generatedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd } single] ? single : null;
        _properties = [.. entityType.GetProperties().Where(property => property != generatedKey)];
        _getters = [.. _properties.Select(property => property.GetGetter())];
        _converters = [.. _properties.Select(property => property.GetTypeMapping().Converter)];
        HasGeneratedKey = generatedKey is not null;
        Table = table.Name;
        Columns = [.. _properties.Select(property => property.GetColumnName(table)!)];
        KeyColumn = generatedKey?.GetColumnName(table);
    }

    public string Table { get; }

    /// <summary>The inserted columns, in the order of <see cref="Properties"/>.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The column of the generated key, or null.</summary>
    public string? KeyColumn { get; }

    public IReadOnlyList<IProperty> Properties => _properties;

    public bool HasGeneratedKey { get; }

    /// <summary>The entity's values in column order, as the store holds them (null as <see cref="DBNull"/>).</summary>
    public object[] ValuesOf(T entity)
    {
        var values = new object[_properties.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ToProvider(i, _getters[i].GetClrValue(entity));
        }
        return values;
    }

    /// <summary>The position of <paramref name="propertyName"/> among the columns.</summary>
    public int IndexOf(string propertyName) =>
        Array.FindIndex(_properties, property => property.Name == propertyName) is var index and >= 0
            ? index
            : throw new ArgumentException($"{typeof(T).Name}.{propertyName} is not an inserted column.", nameof(propertyName));

    /// <summary>A value of column <paramref name="index"/> in the store's terms.</summary>
    public object ToProvider(int index, object? value) => value switch
    {
        null => DBNull.Value,
        _ when _converters[index] is { } converter => converter.ConvertToProvider(value) ?? DBNull.Value,
        // Enums without a converter are stored as numbers, as EF Core stores them.
        Enum => Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
