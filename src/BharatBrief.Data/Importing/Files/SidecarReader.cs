using System.Text.Json;
using BharatBrief.Ingestion;
using BharatBrief.Ingestion.Documents;

namespace BharatBrief.Data.Importing.Files;

/// <summary>
/// Reads the optional metadata file beside an article (<c>a.txt.json</c> for <c>a.txt</c>):
/// <c>{"title", "published", "source", "url", "tags"}</c>, turned into <see cref="FrontMatter"/>.
/// </summary>
internal static class SidecarReader
{
    public static Sidecar Read(string articlePath)
    {
        var path = articlePath + ".json";
        if (!File.Exists(path))
        {
            return new Sidecar(null, null, null);
        }
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Sidecar(null, null, $"metadata file {Path.GetFileName(path)} could not be read ({ex.Message}); ignored");
        }
        // Hash the raw text, so that any edit of the sidecar (even a fix of invalid JSON) counts as a change.
        var hash = ArticlePipeline.HashOf(json);
        try
        {
            return new Sidecar(Parse(json), hash, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return new Sidecar(null, hash, $"metadata file {Path.GetFileName(path)} is not a JSON object; ignored");
        }
    }

    private static FrontMatter Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (ValueOf(property.Value) is { } value)
            {
                values[property.Name] = value;
            }
        }
        return new FrontMatter(values);
    }

    internal static string? ValueOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        // FrontMatter reads tags as a comma-separated list.
        JsonValueKind.Array => string.Join(", ", element.EnumerateArray().Select(ValueOf).OfType<string>()),
        _ => null,
    };
}
