using System.Text.Json;

namespace BharatBrief.Data.Storage;

/// <summary>
/// Reading helpers for the compact JSON forms of outline and entity items: positional arrays such as
/// <c>["place","Russia",0,0,6]</c>. An article has about a hundred of each; as objects with property names they
/// would be half the size of the article row.
/// </summary>
internal static class CompactJson
{
    public static void StartArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a JSON array.");
        }
    }

    public static string ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetString() ?? throw new JsonException("Expected a string.");
    }

    public static int ReadInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    /// <summary>The next number, or null at the end of the array (optional trailing items).</summary>
    public static int? ReadOptionalInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return null;
        }
        var value = reader.GetInt32();
        EndArray(ref reader);
        return value;
    }

    public static void EndArray(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("Expected the end of a JSON array.");
        }
    }
}
