using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BharatBrief.Data.Export;

/// <summary>How the export is written: camelCase, indented, nulls written out, non-ASCII readable.</summary>
public static class ExportJson
{
    private static readonly ExportJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Null fields are part of the contract: a reader must see "end": null, not a missing field.
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // The document is a file, never embedded in HTML: "–" and "₹" stay as they are, not \u2013.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(ExportDocument document) => JsonSerializer.Serialize(document, Context.ExportDocument);

    public static Task SerializeAsync(Stream stream, ExportDocument document, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, document, Context.ExportDocument, cancellationToken);
}
