using System.Text.Json.Serialization;
using BharatBrief.Data.Entities;

namespace BharatBrief.Data.Storage;

/// <summary>Compile-time JSON contracts of the JSON columns: no reflection on the hot path of a bulk ingest.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(StoredEvidence))]
[JsonSerializable(typeof(IReadOnlyList<StoredEvidence>))]
[JsonSerializable(typeof(IReadOnlyList<StoredStatusClaim>))]
[JsonSerializable(typeof(IReadOnlyList<StoredStatusChange>))]
[JsonSerializable(typeof(IReadOnlyList<StoredConflict>))]
[JsonSerializable(typeof(IReadOnlyList<StoredEntity>))]
[JsonSerializable(typeof(ArticleOutline))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
