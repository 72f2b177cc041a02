using System.Text.Json.Serialization;

namespace BharatBrief.Data.Importing.Writing;

/// <summary>JSON for lists of ids and changes handed to SQLite's json_each.</summary>
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(object?[][]))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class StoreIdsJsonContext : JsonSerializerContext;
