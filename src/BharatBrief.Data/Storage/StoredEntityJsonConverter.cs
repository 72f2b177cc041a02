using System.Text.Json;
using System.Text.Json.Serialization;
using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Storage;

/// <summary>Stores an entity as <c>[kind, name, sentence, start, length]</c>.</summary>
internal sealed class StoredEntityJsonConverter : JsonConverter<StoredEntity>
{
    public override StoredEntity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CompactJson.StartArray(ref reader);
        var entity = new StoredEntity(
            CompactJson.ReadString(ref reader),
            CompactJson.ReadString(ref reader),
            CompactJson.ReadInt(ref reader),
            CompactJson.ReadInt(ref reader),
            CompactJson.ReadInt(ref reader));
        CompactJson.EndArray(ref reader);
        return entity;
    }

    public override void Write(Utf8JsonWriter writer, StoredEntity value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Kind);
        writer.WriteStringValue(value.Name);
        writer.WriteNumberValue(value.Sentence);
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.Length);
        writer.WriteEndArray();
    }
}
