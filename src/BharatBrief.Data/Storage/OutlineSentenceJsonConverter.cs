using System.Text.Json;
using System.Text.Json.Serialization;
using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Storage;

/// <summary>Stores a sentence as <c>[block, start, length]</c>.</summary>
internal sealed class OutlineSentenceJsonConverter : JsonConverter<OutlineSentence>
{
    public override OutlineSentence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        CompactJson.StartArray(ref reader);
        var sentence = new OutlineSentence(CompactJson.ReadInt(ref reader), CompactJson.ReadInt(ref reader), CompactJson.ReadInt(ref reader));
        CompactJson.EndArray(ref reader);
        return sentence;
    }

    public override void Write(Utf8JsonWriter writer, OutlineSentence value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Block);
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.Length);
        writer.WriteEndArray();
    }
}
