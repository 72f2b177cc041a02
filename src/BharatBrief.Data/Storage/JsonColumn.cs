using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BharatBrief.Data.Storage;

/// <summary>
/// Maps a property to a JSON text column. Lists of evidence and claims live beside the row that owns them instead
/// of in tables of their own: one row per mention keeps a bulk ingest to a few inserts per article.
/// </summary>
internal static class JsonColumn
{
    /// <summary>The store's JSON: camelCase, non-ASCII kept readable (quotes carry dashes and names in other scripts).</summary>
    public static readonly StoreJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    });

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, Func<StoreJsonContext, JsonTypeInfo<T>> contract)
        where T : class
    {
        var typeInfo = contract(Context);
        // Values are compared by their JSON so that assigning an equal list does not count as a change: consolidation
        // re-assigns every field and must leave unchanged rows untouched.
        var comparer = new ValueComparer<T>(
            (left, right) => Serialize(left, typeInfo) == Serialize(right, typeInfo),
            value => Serialize(value, typeInfo).GetHashCode(StringComparison.Ordinal),
            value => value);
        property.HasConversion(new Converter<T>(typeInfo), comparer);
        return property;
    }

    private static string Serialize<T>(T? value, JsonTypeInfo<T> typeInfo) => value is null ? "null" : JsonSerializer.Serialize(value, typeInfo);

    /// <summary>
    /// The column's text as UTF-8, written to <paramref name="utf8"/> a buffer at a time: the same bytes as the UTF-8 of the
    /// text the column stores, without making that text (an agreement's history can be megabytes of JSON).
    /// </summary>
    public interface IUtf8Writer
    {
        void WriteUtf8(object value, Stream utf8);
    }

    private sealed class Converter<T>(JsonTypeInfo<T> typeInfo)
        : ValueConverter<T, string>(value => Serialize(value, typeInfo), json => JsonSerializer.Deserialize(json, typeInfo)!), IUtf8Writer
        where T : class
    {
        public void WriteUtf8(object value, Stream utf8) => JsonSerializer.Serialize(utf8, (T)value, typeInfo);
    }
}
