using System.Text.Json;
using System.Text.Json.Serialization;
using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Storage;

/// <summary>Stores a block as <c>[kind, start, length, section]</c>, with the list ordinal as a fifth item when there is one.</summary>
internal sealed class OutlineBlockJsonConverter : JsonConverter<OutlineBlock>
{
    public override OutlineBlock Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CompactJson.StartArray(ref reader);
        var kind = CompactJson.ReadString(ref reader);
        var start = CompactJson.ReadInt(ref reader);
        var length = CompactJson.ReadInt(ref reader);
        var section = CompactJson.ReadInt(ref reader);
        return new OutlineBlock(kind, start, length, section, CompactJson.ReadOptionalInt(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, OutlineBlock value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Kind);
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.Length);
        writer.WriteNumberValue(value.Section);
        if (value.ListOrdinal is int ordinal)
        {
            writer.WriteNumberValue(ordinal);
        }
        writer.WriteEndArray();
    }
}
