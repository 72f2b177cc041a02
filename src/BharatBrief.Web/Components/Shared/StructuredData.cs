using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BharatBrief.Web.Components.Shared;

/// <summary>
/// Schema.org data for search engines and readers' tools, as JSON-LD in a <c>script</c> of type
/// <c>application/ld+json</c>: data that no browser runs, so the site's script policy has nothing to say about it. The
/// encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no text from an article can close the element early.
/// </summary>
public sealed class StructuredData : ComponentBase
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Every script of the world readable as itself; the characters that matter to HTML still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [Parameter, EditorRequired] public JsonObject? Data { get; set; }

    /// <summary>The element's text: <paramref name="data"/> serialized so that it cannot end the script.</summary>
    public static string Serialize(JsonNode data) => data.ToJsonString(Options);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (Data is null)
        {
            return;
        }
        builder.OpenElement(0, "script");
        builder.AddAttribute(1, "type", "application/ld+json");
        builder.AddMarkupContent(2, Serialize(Data));
        builder.CloseElement();
    }
}
