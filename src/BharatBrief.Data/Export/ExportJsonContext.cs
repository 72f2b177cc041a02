using System.Text.Json.Serialization;

namespace BharatBrief.Data.Export;

/// <summary>Compile-time JSON contract of the export document.</summary>
[JsonSerializable(typeof(ExportDocument))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
